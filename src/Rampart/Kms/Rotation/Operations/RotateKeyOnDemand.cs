using System.Security.Cryptography;
using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Import;
using Rampart.Kms.Keys;
using Rampart.Kms.Keys.Operations;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Rotation.Operations;

public sealed record RotateKeyOnDemandResponse(string KeyId);

/// <summary>Rotates now: new material becomes current (in every Region of a multi-Region key); earlier ciphertexts
/// keep decrypting with the material they name. A key with imported material rotates to the material imported with
/// NEW_KEY_MATERIAL (PENDING_ROTATION), and a multi-Region one only once every replica holds that material too. At
/// most 25 on-demand rotations per key, as in AWS.</summary>
public sealed class RotateKeyOnDemand(IStore store, SecretProtector secrets, KeyArnResolver arns, KeyCache keys) : KmsOperation<KeyIdRequest, RotateKeyOnDemandResponse>
{
    private const int MaxOnDemandRotations = 25;

    public override string Name => "RotateKeyOnDemand";

    protected override OperationDeclaration<KeyIdRequest> Declaration { get; } = new()
    {
        Action = "kms:RotateKeyOnDemand",
        ReadOnly = false,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (_, call) => new KmsConditionKeys(call).Keys,
    };

    protected override async Task<RotateKeyOnDemandResponse> HandleAsync(KeyIdRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var material = KeyRotator.NewMaterial();
        try
        {
            var key = await new KeyUpdater(store, keys).UpdateAllCopiesAsync(request.KeyId, call,
                key =>
                {
                    if (key.Origin == KeyOrigins.External && key.KeySpec == KeySpecs.SymmetricDefault)
                    {
                        if (!key.IsPrimary)
                        {
                            throw KmsErrors.Unsupported($"{key.Arn} is a multi-Region replica key; use its primary key in {key.MultiRegion!.PrimaryRegion} for {Name}.");
                        }
                        if (key.Import?.PendingRotation is null)
                        {
                            throw KmsErrors.InvalidState(
                                $"{key.Arn} has imported key material and no new key material in PENDING_ROTATION; import it with ImportType NEW_KEY_MATERIAL first.");
                        }
                    }
                    else
                    {
                        KeyRotator.RequireRotatable(key, Name);
                    }
                    KeyRotator.RequireUsableState(key);
                    if (key.Materials.Count(m => m.RotationType == KeyRotator.OnDemand) >= MaxOnDemandRotations)
                    {
                        throw KmsErrors.LimitExceeded($"{key.Arn} has reached the limit of {MaxOnDemandRotations} on-demand rotations.");
                    }
                },
                copy => copy.Origin == KeyOrigins.External
                    ? ImportRules.WithPendingMaterialCurrent(RequirePendingImported(copy), call.Time, StartedNow)
                    : KeyRotator.AddMaterial(new KeyMaterialVault(secrets), material, call.Time, KeyRotator.OnDemand, StartedNow)(copy),
                cancellationToken);
            return new RotateKeyOnDemandResponse(key.Arn);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(material);
        }

        // Every copy must hold the material: the named key (it may have expired there) and each replica of a multi-Region key.
        static KeyRecord RequirePendingImported(KeyRecord copy) => copy.Import?.PendingRotation is { IsPresent: true }
            ? copy
            : throw KmsErrors.InvalidState(
                $"The key material pending rotation is not imported into {copy.Arn}; import it there with ImportType EXISTING_KEY_MATERIAL first.");

        KeyRotationSettings? StartedNow(KeyRotationSettings? settings) =>
            (settings ?? new KeyRotationSettings(false, KeyRotator.DefaultPeriodInDays, null, null)) with { OnDemandRotationStartDate = call.Time };
    }
}
