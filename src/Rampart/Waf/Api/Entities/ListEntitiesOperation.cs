using System.Text.Json;
using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.Entities;

public sealed record ListEntitiesRequest(string Scope, string? NextMarker, int? Limit);

/// <summary>ListWebACLs, ListIPSets, ListRegexPatternSets and ListRuleGroups: summaries one page at a time.</summary>
public abstract class ListEntitiesOperation(IStore store, StoreWebAclSource webAcls) : WafOperation<ListEntitiesRequest, JsonObject>
{
    protected abstract EntityKind Kind { get; }

    public override string Name => $"List{Kind.ListMember}";

    protected override OperationDeclaration<ListEntitiesRequest> Declaration => new()
    {
        Action = $"wafv2:List{Kind.ListMember}",
        ReadOnly = true,
    };

    protected override async Task<JsonObject> HandleAsync(ListEntitiesRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var scope = WafScope.Of(request.Scope, call);
        var (records, next) = await new EntityStore(store, webAcls).ListAsync(call, Kind, scope, request.NextMarker, request.Limit, cancellationToken);
        return new JsonObject
        {
            ["NextMarker"] = next,
            [Kind.ListMember] = JsonSerializer.SerializeToNode(records.Select(EntitySummary.Of).ToList()),
        };
    }
}
