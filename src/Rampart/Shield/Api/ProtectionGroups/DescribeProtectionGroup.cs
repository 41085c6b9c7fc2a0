using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Storage;

namespace Rampart.Shield.Api.ProtectionGroups;

/// <summary>A protection group with the resources it holds now.</summary>
public sealed class DescribeProtectionGroup(IStore store) : ShieldOperation<ProtectionGroupIdRequest, DescribeProtectionGroupResponse>
{
    public override string Name => "DescribeProtectionGroup";

    protected override OperationDeclaration<ProtectionGroupIdRequest> Declaration { get; } = new()
    {
        Action = "shield:DescribeProtectionGroup",
        ReadOnly = true,
        Resources = (request, call) => [$"arn:aws:shield::{call.AccountId}:protection-group/{request.ProtectionGroupId}"],
    };

    protected override async Task<DescribeProtectionGroupResponse> HandleAsync(ProtectionGroupIdRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var groups = new ProtectionGroupStore(store);
        var (group, _) = await groups.GetAsync(call.AccountId, request.ProtectionGroupId, cancellationToken);
        return new DescribeProtectionGroupResponse(await groups.DescribeAsync(call.AccountId, group, cancellationToken));
    }
}
