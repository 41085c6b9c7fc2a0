using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Storage;

namespace Rampart.Shield.Api.ProtectionGroups;

/// <summary>Replaces a protection group's aggregation, pattern and members; its tags stay.</summary>
public sealed class UpdateProtectionGroup(IStore store) : ShieldOperation<ProtectionGroupRequest, EmptyResponse>
{
    public override string Name => "UpdateProtectionGroup";

    protected override OperationDeclaration<ProtectionGroupRequest> Declaration { get; } = new()
    {
        Action = "shield:UpdateProtectionGroup",
        ReadOnly = false,
        Resources = (request, call) => [$"arn:aws:shield::{call.AccountId}:protection-group/{request.ProtectionGroupId}"],
    };

    protected override async Task<EmptyResponse> HandleAsync(ProtectionGroupRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var groups = new ProtectionGroupStore(store);
        var (existing, version) = await groups.GetAsync(call.AccountId, request.ProtectionGroupId, cancellationToken);
        await groups.PutAsync(call.AccountId, request.ToRecord(call.AccountId, existing.Tags), version, cancellationToken);
        return new EmptyResponse();
    }
}
