using System.Text;
using Rampart.Kms.Common;
using Rampart.Kms.Keys;

namespace Rampart.Kms.Import;

/// <summary>Rules shared by the import operations.</summary>
public static class ImportRules
{
    public static void RequireExternal(KeyRecord key, string operation)
    {
        if (key.Origin != KeyOrigins.External)
        {
            throw KmsErrors.Unsupported($"{key.Arn} origin is {key.Origin} which is not valid for this operation: {operation}.");
        }
    }

    /// <summary>The key once its imported material is gone (deleted, or expired): PendingImport, no material, no expiry.</summary>
    public static KeyRecord WithoutMaterial(KeyRecord key) => key with
    {
        Materials = [],
        KeyState = KeyState.PendingImport,
        Import = key.Import is null ? null : key.Import with { ValidTo = null, ExpirationModel = null },
    };

    /// <summary>The key once RotateKeyOnDemand made its pending imported material current, with that material's
    /// expiry and description; the earlier versions stay for decryption.</summary>
    public static KeyRecord WithPendingMaterialCurrent(KeyRecord key, DateTimeOffset at, Func<Rotation.KeyRotationSettings?, Rotation.KeyRotationSettings?> settings)
    {
        var pending = key.Import!.Pending!;
        return key with
        {
            Materials = [.. key.Materials, pending.Material with { RotationDate = at, RotationType = Rotation.KeyRotator.OnDemand }],
            Rotation = settings(key.Rotation),
            Import = key.Import with
            {
                MaterialId = pending.Material.MaterialId,
                MaterialVersion = pending.Material.Version,
                ExpirationModel = pending.ExpirationModel,
                ValidTo = pending.ValidTo,
                Description = pending.Description,
                Pending = null,
            },
        };
    }

    /// <summary>Whether imported material has reached its expiry.</summary>
    public static bool HasExpired(KeyRecord key, DateTimeOffset now) =>
        key.Origin == KeyOrigins.External && key.Materials.Count > 0 && key.Import?.ValidTo is { } validTo && validTo <= now;

    /// <summary>What a sealed wrapping private key is bound to, so it opens for its own key only.</summary>
    public static byte[] WrappingKeyBinding(string keyArn) => Encoding.UTF8.GetBytes($"kms import wrapping key {keyArn}");
}
