using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Kms.Keys.Operations;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Rotation.Operations;

public sealed record GetKeyRotationStatusResponse(
    bool KeyRotationEnabled, string KeyId, int? RotationPeriodInDays, DateTimeOffset? NextRotationDate, DateTimeOffset? OnDemandRotationStartDate);

/// <summary>Whether automatic rotation is on, its period and next date, and when the last on-demand rotation began.</summary>
public sealed class GetKeyRotationStatus(IStore store, KeyArnResolver arns) : KmsOperation<KeyIdRequest, GetKeyRotationStatusResponse>
{
    public override string Name => "GetKeyRotationStatus";

    protected override OperationDeclaration<KeyIdRequest> Declaration { get; } = new()
    {
        Action = "kms:GetKeyRotationStatus",
        ReadOnly = true,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (_, call) => new KmsConditionKeys(call).Keys,
    };

    protected override async Task<GetKeyRotationStatusResponse> HandleAsync(KeyIdRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var key = (await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.KeyId, call), call, crossAccount: true, cancellationToken)).Key;
        if (key.KeySpec != KeySpecs.SymmetricDefault)
        {
            throw KmsErrors.Unsupported($"{key.Arn} key spec is {key.KeySpec}, which is not valid for {Name}.");
        }
        if (KeyState.IsPendingDeletion(key.KeyState))
        {
            throw KmsErrors.PendingDeletion(key.Arn);
        }
        var rotation = key.Rotation;
        return new GetKeyRotationStatusResponse(
            rotation?.Enabled == true,
            key.Arn,
            rotation?.Enabled == true ? rotation.PeriodInDays : null,
            rotation?.Enabled == true ? rotation.NextRotationDate : null,
            rotation?.OnDemandRotationStartDate);
    }
}
