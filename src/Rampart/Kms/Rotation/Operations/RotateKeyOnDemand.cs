using System.Security.Cryptography;
using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Kms.Keys.Operations;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Rotation.Operations;

public sealed record RotateKeyOnDemandResponse(string KeyId);

/// <summary>Rotates now: new material becomes current (in every Region of a multi-Region key); earlier ciphertexts
/// keep decrypting with the material they name. At most 25 on-demand rotations per key, as in AWS.</summary>
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
                    KeyRotator.RequireRotatable(key, Name);
                    KeyRotator.RequireUsableState(key);
                    if (key.Materials.Count(m => m.RotationType == KeyRotator.OnDemand) >= MaxOnDemandRotations)
                    {
                        throw KmsErrors.LimitExceeded($"{key.Arn} has reached the limit of {MaxOnDemandRotations} on-demand rotations.");
                    }
                },
                KeyRotator.AddMaterial(new KeyMaterialVault(secrets), material, call.Time, KeyRotator.OnDemand,
                    settings => (settings ?? new KeyRotationSettings(false, KeyRotator.DefaultPeriodInDays, null, null)) with { OnDemandRotationStartDate = call.Time }),
                cancellationToken);
            return new RotateKeyOnDemandResponse(key.Arn);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(material);
        }
    }
}
