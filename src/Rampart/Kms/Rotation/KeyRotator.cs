using System.Security.Cryptography;
using Rampart.Kms.Common;
using Rampart.Kms.Keys;

namespace Rampart.Kms.Rotation;

/// <summary>Rotation's rules and its one change: new material becomes current, the old versions stay for decryption.</summary>
public static class KeyRotator
{
    public const string Automatic = "AUTOMATIC";
    public const string OnDemand = "ON_DEMAND";
    public const int DefaultPeriodInDays = 365;
    public const int MinPeriodInDays = 90;
    public const int MaxPeriodInDays = 2560;

    /// <summary>Only symmetric encryption keys with material KMS made rotate, and a multi-Region key only through its primary.</summary>
    public static void RequireRotatable(KeyRecord key, string operation)
    {
        if (key.KeySpec != KeySpecs.SymmetricDefault || key.Origin != KeyOrigins.AwsKms)
        {
            throw KmsErrors.Unsupported($"{key.Arn} origin is {key.Origin} with key spec {key.KeySpec}, which is not valid for {operation}.");
        }
        if (!key.IsPrimary)
        {
            throw KmsErrors.Unsupported($"{key.Arn} is a multi-Region replica key; use its primary key in {key.MultiRegion!.PrimaryRegion} for {operation}.");
        }
    }

    /// <summary>Throws for keys whose state does not allow changing rotation (a disabled key, one pending deletion or import).</summary>
    public static void RequireUsableState(KeyRecord key)
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
    }

    /// <summary>Makes new symmetric material and adds it to a key and all its copies; see <see cref="KeyUpdater.UpdateCopiesAsync"/>.</summary>
    public static Func<KeyRecord, KeyRecord> AddMaterial(KeyMaterialVault vault, byte[] material, DateTimeOffset at, string rotationType, Func<KeyRotationSettings?, KeyRotationSettings?> settings) =>
        copy => copy with
        {
            Materials = [.. copy.Materials, vault.Seal(copy.Arn, copy.CurrentMaterial.Version + 1, material) with { RotationDate = at, RotationType = rotationType }],
            Rotation = settings(copy.Rotation),
        };

    public static byte[] NewMaterial() => RandomNumberGenerator.GetBytes(32);
}
