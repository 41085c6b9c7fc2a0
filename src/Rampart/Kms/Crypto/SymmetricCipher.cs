using System.Security.Cryptography;

namespace Rampart.Kms.Crypto;

/// <summary>AES-256-GCM under a key's material, with the blob header and the encryption context as authenticated data.</summary>
public static class SymmetricCipher
{
    public static byte[] Encrypt(byte[] material, string keyArn, int materialVersion, byte[] plaintext, byte[] encryptionContext)
    {
        var header = CiphertextBlob.HeaderFor(keyArn, materialVersion);
        var nonce = RandomNumberGenerator.GetBytes(CiphertextBlob.NonceSize);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[CiphertextBlob.TagSize];
        using var aes = new AesGcm(material, CiphertextBlob.TagSize);
        aes.Encrypt(nonce, plaintext, ciphertext, tag, (byte[])[.. header, .. encryptionContext]);
        return new CiphertextBlob(keyArn, materialVersion, header, nonce, ciphertext, tag).ToBytes();
    }

    /// <summary>Null when authentication fails: the blob was altered or the encryption context differs.</summary>
    public static byte[]? Decrypt(byte[] material, CiphertextBlob blob, byte[] encryptionContext)
    {
        var plaintext = new byte[blob.Ciphertext.Length];
        using var aes = new AesGcm(material, CiphertextBlob.TagSize);
        try
        {
            aes.Decrypt(blob.Nonce, blob.Ciphertext, blob.Tag, plaintext, (byte[])[.. blob.Header, .. encryptionContext]);
            return plaintext;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }
}
