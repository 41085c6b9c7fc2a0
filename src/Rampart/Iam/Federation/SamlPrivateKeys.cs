using System.Security.Cryptography;
using System.Text;
using Rampart.Iam.Common;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.Federation;

/// <summary>The private keys a SAML provider decrypts assertions with: RSA keys in PEM, sealed under the master key
/// and bound to their provider and key ID, at most two per provider (so one can be rotated).</summary>
public sealed class SamlPrivateKeys(SecretProtector secrets)
{
    private const string IdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const int IdLength = 26;

    public SamlPrivateKeyRecord Seal(string providerArn, string pem, DateTimeOffset now)
    {
        try
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            throw IamErrors.InvalidInput("The specified private key is not a valid RSA private key in PEM format.");
        }
        var keyId = RandomNumberGenerator.GetString(IdAlphabet, IdLength);
        var sealedPem = Convert.ToBase64String(secrets.Protect(Encoding.UTF8.GetBytes(pem), AssociatedData(providerArn, keyId)));
        return new SamlPrivateKeyRecord(keyId, IamClock.ToSeconds(now), sealedPem);
    }

    public RSA Open(string providerArn, SamlPrivateKeyRecord key)
    {
        var pem = Encoding.UTF8.GetString(secrets.Unprotect(Convert.FromBase64String(key.SealedPem), AssociatedData(providerArn, key.KeyId)));
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return rsa;
    }

    /// <summary>A provider's keys after an UpdateSAMLProvider or CreateSAMLProvider: one added, one removed.</summary>
    public IReadOnlyList<SamlPrivateKeyRecord> Change(string providerArn, IReadOnlyList<SamlPrivateKeyRecord> keys, string? addPem, string? removeKeyId, DateTimeOffset now)
    {
        var changed = keys.ToList();
        if (removeKeyId is not null && changed.RemoveAll(k => k.KeyId == removeKeyId) == 0)
        {
            throw IamErrors.InvalidInput($"The private key {removeKeyId} does not exist for this SAML provider.");
        }
        if (addPem is not null)
        {
            changed.Add(Seal(providerArn, addPem, now));
        }
        if (changed.Count > SamlProviderRecord.MaxPrivateKeys)
        {
            throw IamErrors.LimitExceeded($"Cannot exceed quota for PrivateKeysPerSamlProvider: {SamlProviderRecord.MaxPrivateKeys}");
        }
        return changed;
    }

    /// <summary>Encryption "Required" needs a key to decrypt with.</summary>
    public static void CheckMode(string? mode, IReadOnlyList<SamlPrivateKeyRecord> keys)
    {
        if (mode == "Required" && keys.Count == 0)
        {
            throw IamErrors.InvalidInput("AssertionEncryptionMode Required needs at least one private key.");
        }
    }

    private static byte[] AssociatedData(string providerArn, string keyId) => Encoding.UTF8.GetBytes($"saml-private-key:{providerArn}:{keyId}");
}
