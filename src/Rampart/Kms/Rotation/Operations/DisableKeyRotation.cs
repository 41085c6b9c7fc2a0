using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Kms.Keys.Operations;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Rotation.Operations;

/// <summary>Turns off automatic rotation; the material versions made so far stay.</summary>
public sealed class DisableKeyRotation(IStore store, KeyArnResolver arns, KeyCache keys) : KmsOperation<KeyIdRequest, EmptyResponse>
{
    public override string Name => "DisableKeyRotation";

    protected override OperationDeclaration<KeyIdRequest> Declaration { get; } = new()
    {
        Action = "kms:DisableKeyRotation",
        ReadOnly = false,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (_, call) => new KmsConditionKeys(call).Keys,
    };

    protected override async Task<EmptyResponse> HandleAsync(KeyIdRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new KeyUpdater(store, keys).UpdateAllCopiesAsync(request.KeyId, call,
            key =>
            {
                KeyRotator.RequireRotatable(key, Name);
                KeyRotator.RequireUsableState(key);
            },
            copy => copy with
            {
                Rotation = new KeyRotationSettings(false, copy.Rotation?.PeriodInDays ?? KeyRotator.DefaultPeriodInDays, null, copy.Rotation?.OnDemandRotationStartDate),
            },
            cancellationToken);
        return new EmptyResponse();
    }
}
