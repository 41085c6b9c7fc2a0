using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Keys.Operations;

public sealed record ScheduleKeyDeletionRequest(string KeyId, int? PendingWindowInDays);

public sealed record ScheduleKeyDeletionResponse(string KeyId, DateTimeOffset? DeletionDate, string KeyState, int PendingWindowInDays);

/// <summary>Puts a key in PendingDeletion for 7 to 30 days (30 by default); when the day comes its material is destroyed.
/// A multi-Region primary key with replicas goes to PendingReplicaDeletion instead, with no deletion date: its
/// waiting period begins when its last replica is deleted (see <see cref="KeyDirectory"/>).</summary>
public sealed class ScheduleKeyDeletion(IStore store, KeyArnResolver arns, KeyCache keys) : KmsOperation<ScheduleKeyDeletionRequest, ScheduleKeyDeletionResponse>
{
    private const int MinDays = 7;
    private const int MaxDays = 30;

    public override string Name => "ScheduleKeyDeletion";

    protected override OperationDeclaration<ScheduleKeyDeletionRequest> Declaration { get; } = new()
    {
        Action = "kms:ScheduleKeyDeletion",
        ReadOnly = false,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (request, call) => new KmsConditionKeys(call)
            .Set("kms:ScheduleKeyDeletionPendingWindowInDays", (request.PendingWindowInDays ?? MaxDays).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Keys,
    };

    protected override async Task<ScheduleKeyDeletionResponse> HandleAsync(ScheduleKeyDeletionRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var days = request.PendingWindowInDays ?? MaxDays;
        if (days is < MinDays or > MaxDays)
        {
            throw KmsErrors.Validation($"PendingWindowInDays value {days} must be between {MinDays} and {MaxDays}.");
        }
        var key = await new KeyUpdater(store, keys).UpdateAsync(request.KeyId, call, key =>
        {
            if (KeyState.IsPendingDeletion(key.KeyState))
            {
                throw KmsErrors.PendingDeletion(key.Arn);
            }
            return key is { IsPrimary: true, MultiRegion.ReplicaRegions.Count: > 0 }
                ? key with { KeyState = KeyState.PendingReplicaDeletion, PendingWindowInDays = days }
                : key with { KeyState = KeyState.PendingDeletion, DeletionDate = call.Time.AddDays(days) };
        }, cancellationToken);
        if (key.DeletionDate is { } deletionDate)
        {
            await Maintenance.DueWork.ScheduleAsync(store, Maintenance.DueWork.Deletion, deletionDate, key, cancellationToken);
        }
        return new ScheduleKeyDeletionResponse(key.Arn, key.DeletionDate, key.KeyState, days);
    }
}
