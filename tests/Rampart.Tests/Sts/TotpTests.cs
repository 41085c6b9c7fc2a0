using System.Text;
using Rampart.Iam.Mfa;

namespace Rampart.Tests.Sts;

/// <summary>The TOTP codes of RFC 6238's SHA-1 test vectors (the last six of their eight digits).</summary>
public sealed class TotpTests
{
    private static readonly byte[] Seed = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1234567890L, "005924")]
    [InlineData(20000000000L, "353130")]
    public void Codes_match_the_rfc_vectors(long unixSeconds, string code) =>
        Assert.Equal(code, Totp.Code(Seed, Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds))));

    [Fact]
    public void Base32_encodes_as_rfc_4648_without_padding() => Assert.Equal("MZXW6YTBOI", Base32.Encode("foobar"u8));
}
