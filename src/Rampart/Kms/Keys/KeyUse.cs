using Rampart.Kms.Common;

namespace Rampart.Kms.Keys;

/// <summary>AWS's per-state and per-usage rules for the cryptographic operations.</summary>
public static class KeyUse
{
    /// <summary>Throws unless the key is enabled and made for <paramref name="usage"/>.</summary>
    public static void Require(KeyRecord key, string usage, string operation)
    {
        switch (key.KeyState)
        {
            case KeyState.Disabled:
                throw KmsErrors.Disabled(key.Arn);
            case KeyState.PendingDeletion:
            case KeyState.PendingReplicaDeletion:
                throw KmsErrors.PendingDeletion(key.Arn);
            case KeyState.PendingImport:
                throw KmsErrors.PendingImport(key.Arn);
        }
        if (Import.ImportRules.HasExpired(key, DateTimeOffset.UtcNow))
        {
            throw KmsErrors.PendingImport(key.Arn);
        }
        if (key.KeyUsage != usage)
        {
            throw KmsErrors.InvalidKeyUsage($"{key.Arn} key usage is {key.KeyUsage} which is not valid for {operation}.");
        }
    }

    /// <summary>Throws unless the key is symmetric and enabled (data keys and ReEncrypt targets).</summary>
    public static void RequireSymmetric(KeyRecord key, string operation)
    {
        Require(key, KeySpecs.EncryptDecrypt, operation);
        if (key.KeySpec != KeySpecs.SymmetricDefault)
        {
            throw KmsErrors.InvalidKeyUsage($"{key.Arn} key usage is {key.KeyUsage} with key spec {key.KeySpec} which is not valid for {operation}.");
        }
    }

    public static void RequireAlgorithm(IReadOnlyList<string> supported, string? algorithm, string keyArn)
    {
        if (algorithm is null || !supported.Contains(algorithm))
        {
            throw KmsErrors.InvalidKeyUsage($"Algorithm {algorithm ?? "null"} is incompatible with key spec of {keyArn}.");
        }
    }
}
