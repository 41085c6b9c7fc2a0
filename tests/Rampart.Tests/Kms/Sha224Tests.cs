using System.Text;
using Rampart.Kms.Crypto;

namespace Rampart.Tests.Kms;

/// <summary>SHA-224 and HMAC-SHA-224 against FIPS 180-4 and RFC 4231 vectors, across the padding boundaries.</summary>
public sealed class Sha224Tests
{
    private static readonly byte[] Counting = [.. Enumerable.Range(0, 1280).Select(i => (byte)i)];

    [Theory]
    [InlineData("abc", "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7")]
    [InlineData("", "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f")]
    public void Hashes_text_as_FIPS_180_4_says(string text, string expected) =>
        Assert.Equal(expected, Convert.ToHexStringLower(Sha224.HashData(Encoding.ASCII.GetBytes(text))));

    [Theory]
    [InlineData(55, "8991dfba74284e04dc7581c7c3e4068ff6cb7a63733361429834bb56")]
    [InlineData(56, "2b2cd637c16ad7290bb067ad7d8fd04e204fa43a84366afc7130f4ef")]
    [InlineData(64, "c37b88a3522dbf7ac30d1c68ea397ac11d4773571aed01ddab73531e")]
    [InlineData(1280, "e2e07ef955598bf865c30a5dca2ac6af0711cf7b28d37f58a81acef3")]
    public void Hashes_messages_on_both_sides_of_the_padding_boundaries(int length, string expected) =>
        Assert.Equal(expected, Convert.ToHexStringLower(Sha224.HashData(Counting.AsSpan(0, length))));

    [Fact]
    public void Computes_the_RFC_4231_HMAC_vectors_with_short_and_long_keys()
    {
        Assert.Equal("896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22",
            Convert.ToHexStringLower(Sha224.Hmac(Enumerable.Repeat((byte)0x0b, 20).ToArray(), "Hi There"u8)));
        Assert.Equal("95e9a0db962095adaebe9b2d6f0dbce2d499f112f2d2b7273fa6870e",
            Convert.ToHexStringLower(Sha224.Hmac(Enumerable.Repeat((byte)0xaa, 131).ToArray(), "Test Using Larger Than Block-Size Key - Hash Key First"u8)));
    }
}
