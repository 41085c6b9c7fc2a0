using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Kms.Maintenance;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Rotation.Operations;

public sealed record EnableKeyRotationRequest(string KeyId, int? RotationPeriodInDays);

/// <summary>Turns on automatic rotation every 90 to 2,560 days (365 by default), counted from now.</summary>
public sealed class EnableKeyRotation(IStore store, KeyArnResolver arns, KeyCache keys) : KmsOperation<EnableKeyRotationRequest, EmptyResponse>
{
    public override string Name => "EnableKeyRotation";

    protected override OperationDeclaration<EnableKeyRotationRequest> Declaration { get; } = new()
    {
        Action = "kms:EnableKeyRotation",
        ReadOnly = false,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (request, call) => new KmsConditionKeys(call)
            .Set("kms:RotationPeriodInDays", (request.RotationPeriodInDays ?? KeyRotator.DefaultPeriodInDays).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Keys,
    };

    protected override async Task<EmptyResponse> HandleAsync(EnableKeyRotationRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var days = request.RotationPeriodInDays ?? KeyRotator.DefaultPeriodInDays;
        if (days is < KeyRotator.MinPeriodInDays or > KeyRotator.MaxPeriodInDays)
        {
            throw KmsErrors.Validation(
                $"1 validation error detected: Value '{days}' at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value between {KeyRotator.MinPeriodInDays} and {KeyRotator.MaxPeriodInDays}");
        }
        var next = call.Time.AddDays(days);
        var key = await new KeyUpdater(store, keys).UpdateAllCopiesAsync(request.KeyId, call,
            key =>
            {
                KeyRotator.RequireRotatable(key, Name);
                KeyRotator.RequireUsableState(key);
            },
            copy => copy with { Rotation = new KeyRotationSettings(true, days, next, copy.Rotation?.OnDemandRotationStartDate) },
            cancellationToken);
        await DueWork.ScheduleAsync(store, DueWork.Rotation, next, key, cancellationToken);
        return new EmptyResponse();
    }
}
