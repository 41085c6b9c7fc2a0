using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Shield.Api.Subscriptions;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Shield.Api.ProtectionGroups;

/// <summary>Creates a protection group (at most 100 per account; a subscription is required).</summary>
public sealed class CreateProtectionGroup(IStore store) : ShieldOperation<ProtectionGroupRequest, EmptyResponse>
{
    public override string Name => "CreateProtectionGroup";

    protected override OperationDeclaration<ProtectionGroupRequest> Declaration { get; } = new()
    {
        Action = "shield:CreateProtectionGroup",
        ReadOnly = false,
        Resources = (request, call) => [$"arn:aws:shield::{call.AccountId}:protection-group/{request.ProtectionGroupId}"],
        RequestTags = request => ShieldTags.ToDictionary(request.Tags),
    };

    protected override async Task<EmptyResponse> HandleAsync(ProtectionGroupRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new ShieldAccounts(store).SubscribedAsync(call.AccountId, cancellationToken);
        var record = request.ToRecord(call.AccountId, ShieldTags.Validate(request.Tags));
        var groups = new ProtectionGroupStore(store);
        if (await groups.CountAsync(call.AccountId, cancellationToken) >= SubscriptionLimits.MaxProtectionGroups)
        {
            throw ShieldErrors.LimitsExceeded("PROTECTION_GROUPS", SubscriptionLimits.MaxProtectionGroups);
        }
        await groups.PutAsync(call.AccountId, record, StoreWrite.Absent, cancellationToken);
        return new EmptyResponse();
    }
}
