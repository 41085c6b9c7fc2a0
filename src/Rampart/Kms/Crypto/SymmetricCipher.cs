using System.Security.Cryptography;

namespace Rampart.Kms.Crypto;

/// <summary>AES-256-GCM under a key's material, with the blob header and the encryption context as authenticated data.
/// The cipher writes straight into the blob and reads straight from it, so a message is copied only by AES itself.</summary>
public static class SymmetricCipher
{
    public static byte[] Encrypt(byte[] material, string keyArn, int materialVersion, byte[] plaintext, byte[] encryptionContext)
    {
        var blob = CiphertextBlob.Allocate(keyArn, materialVersion, plaintext.Length, out var headerLength);
        var nonce = blob.AsSpan(headerLength, CiphertextBlob.NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(material, CiphertextBlob.TagSize);
        aes.Encrypt(
            nonce,
            plaintext,
            blob.AsSpan(headerLength + CiphertextBlob.NonceSize, plaintext.Length),
            blob.AsSpan(blob.Length - CiphertextBlob.TagSize),
            AssociatedData(blob.AsSpan(0, headerLength), encryptionContext));
        return blob;
    }

    /// <summary>Null when authentication fails: the blob was altered or the encryption context differs.</summary>
    public static byte[]? Decrypt(byte[] material, CiphertextBlob blob, byte[] encryptionContext)
    {
        var plaintext = new byte[blob.Ciphertext.Length];
        using var aes = new AesGcm(material, CiphertextBlob.TagSize);
        try
        {
            aes.Decrypt(blob.Nonce.Span, blob.Ciphertext.Span, blob.Tag.Span, plaintext, AssociatedData(blob.Header.Span, encryptionContext));
            return plaintext;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }

    /// <summary>The header then the encryption context: small, unlike the message, which is never copied.</summary>
    private static byte[] AssociatedData(ReadOnlySpan<byte> header, byte[] encryptionContext)
    {
        var data = new byte[header.Length + encryptionContext.Length];
        header.CopyTo(data);
        encryptionContext.CopyTo(data.AsSpan(header.Length));
        return data;
    }
}
