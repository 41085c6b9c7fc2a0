using System.Security.Cryptography;
using Rampart.Kms.Crypto;

namespace Rampart.Tests.Kms;

public sealed class CiphertextBlobTests
{
    private const string Arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    private static readonly byte[] Material = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void A_blob_names_its_key_and_material_version_and_decrypts_with_the_same_context()
    {
        var context = EncryptionContext.Canonical(new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" });
        var bytes = SymmetricCipher.Encrypt(Material, Arn, 3, "payload"u8.ToArray(), context);

        var blob = CiphertextBlob.TryRead(bytes)!;
        Assert.Equal(Arn, blob.KeyArn);
        Assert.Equal(3, blob.MaterialVersion);
        var reordered = EncryptionContext.Canonical(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" });
        Assert.Equal("payload"u8.ToArray(), SymmetricCipher.Decrypt(Material, blob, reordered));
    }

    [Fact]
    public void The_canonical_context_keeps_the_byte_layout_that_stored_ciphertexts_were_sealed_with()
    {
        var canonical = EncryptionContext.Canonical(new Dictionary<string, string> { ["é"] = "", ["a"] = "xy" });

        Assert.Equal([0, 0, 0, 1, (byte)'a', 0, 0, 0, 2, (byte)'x', (byte)'y', 0, 0, 0, 2, 0xC3, 0xA9, 0, 0, 0, 0], canonical);
        Assert.Empty(EncryptionContext.Canonical(null));
        Assert.Empty(EncryptionContext.Canonical(new Dictionary<string, string>()));
    }

    [Fact]
    public void Any_changed_byte_or_context_fails_authentication()
    {
        var context = EncryptionContext.Canonical(new Dictionary<string, string> { ["k"] = "v" });
        var bytes = SymmetricCipher.Encrypt(Material, Arn, 1, "payload"u8.ToArray(), context);
        for (var i = 0; i < bytes.Length; i++)
        {
            var altered = (byte[])bytes.Clone();
            altered[i] ^= 0x80;
            var blob = CiphertextBlob.TryRead(altered);
            Assert.True(blob is null || SymmetricCipher.Decrypt(Material, blob, context) is null, $"byte {i}");
        }
        Assert.Null(SymmetricCipher.Decrypt(Material, CiphertextBlob.TryRead(bytes)!, EncryptionContext.Canonical(null)));
        Assert.Null(SymmetricCipher.Decrypt(Material, CiphertextBlob.TryRead(bytes)!,
            EncryptionContext.Canonical(new Dictionary<string, string> { ["k"] = "v", ["x"] = "" })));
    }

    [Fact]
    public void Context_boundaries_are_part_of_the_authenticated_data()
    {
        Assert.NotEqual(
            EncryptionContext.Canonical(new Dictionary<string, string> { ["ab"] = "c" }),
            EncryptionContext.Canonical(new Dictionary<string, string> { ["a"] = "bc" }));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 1 })]
    [InlineData(new byte[] { 2, 0, 0, 0 })]
    public void Foreign_or_truncated_bytes_are_not_blobs(byte[] bytes) => Assert.Null(CiphertextBlob.TryRead(bytes));
}
