using System.Security.Cryptography;
using Rampart.Kms.Common;
using Rampart.Kms.Crypto;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Keys;

/// <summary>Encrypts and decrypts under a key, opening its sealed material only for the duration of one call.</summary>
public sealed class KeyCipher(SecretProtector secrets)
{
    private readonly KeyMaterialVault vault = new(secrets);

    /// <summary>Encrypts with the key's current material: AES-256-GCM for symmetric keys, RSAES-OAEP for RSA keys.</summary>
    public byte[] Encrypt(KeyRecord key, byte[] plaintext, IReadOnlyDictionary<string, string>? context, string algorithm)
    {
        var material = vault.Open(key.Arn, key.CurrentMaterial);
        try
        {
            return algorithm == KeySpecs.SymmetricDefault
                ? SymmetricCipher.Encrypt(material, key.Arn, key.CurrentMaterial.Version, plaintext, EncryptionContext.Canonical(context))
                : RsaCipher.Encrypt(material, algorithm, plaintext);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(material);
        }
    }

    /// <summary>Decrypts a symmetric blob with the material version it names; InvalidCiphertextException when it fails.</summary>
    public byte[] DecryptSymmetric(KeyRecord key, CiphertextBlob blob, IReadOnlyDictionary<string, string>? context)
    {
        var version = key.Material(blob.MaterialVersion) ?? throw KmsErrors.InvalidCiphertext();
        var material = vault.Open(key.Arn, version);
        try
        {
            return SymmetricCipher.Decrypt(material, blob, EncryptionContext.Canonical(context)) ?? throw KmsErrors.InvalidCiphertext();
        }
        finally
        {
            CryptographicOperations.ZeroMemory(material);
        }
    }

    public byte[] DecryptRsa(KeyRecord key, string algorithm, byte[] ciphertext)
    {
        var material = vault.Open(key.Arn, key.CurrentMaterial);
        try
        {
            return RsaCipher.Decrypt(material, algorithm, ciphertext) ?? throw KmsErrors.InvalidCiphertext();
        }
        finally
        {
            CryptographicOperations.ZeroMemory(material);
        }
    }

    /// <summary>Runs <paramref name="use"/> on the key's current material and wipes the material afterwards.</summary>
    public T WithMaterial<T>(KeyRecord key, Func<byte[], T> use)
    {
        var material = vault.Open(key.Arn, key.CurrentMaterial);
        try
        {
            return use(material);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(material);
        }
    }
}
