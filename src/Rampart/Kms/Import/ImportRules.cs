using System.Text;
using Rampart.Kms.Common;
using Rampart.Kms.Keys;

namespace Rampart.Kms.Import;

/// <summary>Rules shared by the import operations. Each material of a key of origin EXTERNAL is imported, deleted and
/// expires on its own; as in AWS, the key is usable only while all of its materials are imported.</summary>
public static class ImportRules
{
    public static void RequireExternal(KeyRecord key, string operation)
    {
        if (key.Origin != KeyOrigins.External)
        {
            throw KmsErrors.Unsupported($"{key.Arn} origin is {key.Origin} which is not valid for this operation: {operation}.");
        }
    }

    /// <summary>Whether every material of the key is in it: what a key of origin EXTERNAL needs to be Enabled.</summary>
    public static bool AllImported(KeyRecord key) => key.Materials.Count > 0 && key.Materials.All(m => m.IsPresent);

    /// <summary>The state a key takes once material left it: PendingImport, unless it is waiting to be deleted.</summary>
    public static string StateWithoutMaterial(KeyRecord key) =>
        KeyState.IsPendingDeletion(key.KeyState) ? key.KeyState : KeyState.PendingImport;

    /// <summary>The key once the material of <paramref name="version"/> is gone (deleted, or expired).</summary>
    public static KeyRecord WithoutMaterial(KeyRecord key, int version) => key with
    {
        Materials = [.. key.Materials.Select(m => m.Version == version ? m.Removed() : m)],
        KeyState = StateWithoutMaterial(key),
    };

    /// <summary>The key once RotateKeyOnDemand made its pending imported material current; the earlier versions stay
    /// for decryption.</summary>
    public static KeyRecord WithPendingMaterialCurrent(KeyRecord key, DateTimeOffset at, Func<Rotation.KeyRotationSettings?, Rotation.KeyRotationSettings?> settings) => key with
    {
        Materials = [.. key.Materials, key.Import!.PendingRotation! with { RotationDate = at, RotationType = Rotation.KeyRotator.OnDemand }],
        Rotation = settings(key.Rotation),
        Import = key.Import with { PendingRotation = null },
    };

    /// <summary>Whether material the key uses has reached its expiry.</summary>
    public static bool HasExpired(KeyRecord key, DateTimeOffset now) =>
        key.Origin == KeyOrigins.External && key.Materials.Any(m => IsExpired(m, now));

    /// <summary>The key without its expired material, pending rotation included; the same instance when nothing expired.</summary>
    public static KeyRecord WithoutExpired(KeyRecord key, DateTimeOffset now)
    {
        if (key.Origin != KeyOrigins.External)
        {
            return key;
        }
        var expired = key;
        foreach (var material in key.Materials.Where(m => IsExpired(m, now)))
        {
            expired = WithoutMaterial(expired, material.Version);
        }
        if (key.Import?.PendingRotation is { } pending && IsExpired(pending, now))
        {
            expired = expired with { Import = expired.Import! with { PendingRotation = pending.Removed() } };
        }
        return expired;
    }

    /// <summary>What a sealed wrapping private key is bound to, so it opens for its own key only.</summary>
    public static byte[] WrappingKeyBinding(string keyArn) => Encoding.UTF8.GetBytes($"kms import wrapping key {keyArn}");

    private static bool IsExpired(KeyMaterialRecord material, DateTimeOffset now) =>
        material.IsPresent && material.ValidTo is { } validTo && validTo <= now;
}
