using Rampart.Kms.Import;

namespace Rampart.Tests.Kms;

/// <summary>RFC 5649's own test vectors (section 6) for the unwrapping half of RSA_AES_KEY_WRAP imports.</summary>
public sealed class AesKeyWrapWithPaddingTests
{
    private static readonly byte[] Kek = Convert.FromHexString("5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a8");

    [Theory]
    [InlineData("138bdeaa9b8fa7fc61f97742e72248ee5ae6ae5360d1ae6a5f54f373fa543b6a", "c37b7e6492584340bed12207808941155068f738")]
    [InlineData("afbeb0f07dfbf5419200f2ccb50bb24f", "466f7250617369")]
    public void The_RFC_vectors_unwrap(string wrapped, string key) =>
        Assert.Equal(Convert.FromHexString(key), AesKeyWrapWithPadding.Unwrap(Kek, Convert.FromHexString(wrapped)));

    [Fact]
    public void Any_altered_byte_or_length_fails_the_integrity_check()
    {
        var wrapped = Convert.FromHexString("138bdeaa9b8fa7fc61f97742e72248ee5ae6ae5360d1ae6a5f54f373fa543b6a");
        for (var i = 0; i < wrapped.Length; i++)
        {
            var altered = (byte[])wrapped.Clone();
            altered[i] ^= 0x01;
            Assert.Null(AesKeyWrapWithPadding.Unwrap(Kek, altered));
        }
        Assert.Null(AesKeyWrapWithPadding.Unwrap(Kek, wrapped[..^8]));
        Assert.Null(AesKeyWrapWithPadding.Unwrap(Kek, wrapped[..15]));
    }
}
