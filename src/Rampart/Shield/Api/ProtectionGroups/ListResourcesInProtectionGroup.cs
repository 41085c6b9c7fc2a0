using System.Globalization;
using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Storage;

namespace Rampart.Shield.Api.ProtectionGroups;

/// <summary>The resources in a protection group, one page at a time.</summary>
public sealed class ListResourcesInProtectionGroup(IStore store) : ShieldOperation<ListResourcesInProtectionGroupRequest, ListResourcesInProtectionGroupResponse>
{
    public override string Name => "ListResourcesInProtectionGroup";

    protected override OperationDeclaration<ListResourcesInProtectionGroupRequest> Declaration { get; } = new()
    {
        Action = "shield:ListResourcesInProtectionGroup",
        ReadOnly = true,
        Resources = (request, call) => [$"arn:aws:shield::{call.AccountId}:protection-group/{request.ProtectionGroupId}"],
    };

    protected override async Task<ListResourcesInProtectionGroupResponse> HandleAsync(ListResourcesInProtectionGroupRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var groups = new ProtectionGroupStore(store);
        var (group, _) = await groups.GetAsync(call.AccountId, request.ProtectionGroupId, cancellationToken);
        var resources = await groups.ResourcesOfAsync(call.AccountId, group, cancellationToken);
        var start = ShieldToken.Read(request.NextToken) is { } token
            ? int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position : throw new Protocol.AwsException("InvalidPaginationTokenException", "Invalid pagination token")
            : 0;
        var limit = request.MaxResults ?? ShieldToken.DefaultMaxResults;
        var next = start + limit < resources.Count ? ShieldToken.Write((start + limit).ToString(CultureInfo.InvariantCulture)) : null;
        return new ListResourcesInProtectionGroupResponse([.. resources.Skip(start).Take(limit)], next);
    }
}
