using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.Entities;

/// <summary>Identifies an entity by Name, Scope and Id, or (GetWebACL, GetRuleGroup) by ARN alone.</summary>
public sealed record GetEntityRequest(string? Name, string? Scope, string? Id, string? ARN);

/// <summary>GetWebACL, GetIPSet, GetRegexPatternSet and GetRuleGroup: the entity and its current lock token.</summary>
public abstract class GetEntityOperation(IStore store, StoreWebAclSource webAcls) : WafOperation<GetEntityRequest, JsonObject>
{
    protected abstract EntityKind Kind { get; }

    public override string Name => $"Get{Kind.Shape}";

    protected override OperationDeclaration<GetEntityRequest> Declaration => new()
    {
        Action = $"wafv2:Get{Kind.Shape}",
        ReadOnly = true,
        Resources = (request, call) => [request.ARN ?? EntityArns.Of(request.Name, request.Scope, request.Id, call, Kind)],
    };

    protected override async Task<JsonObject> HandleAsync(GetEntityRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var entities = new EntityStore(store, webAcls);
        var loaded = request switch
        {
            { ARN: { } arn, Name: null, Id: null } => await entities.GetByArnAsync(call, arn, Kind, cancellationToken),
            { Name: { } name, Id: { } id, ARN: null } => await entities.GetAsync(call, Kind, WafScope.Of(request.Scope, call), name, id, cancellationToken),
            _ => throw WafErrors.InvalidParameter(Kind.Field, "ARN", WafErrors.Reasons.ExactlyOne),
        };
        return new JsonObject
        {
            [Kind.Shape] = loaded.Record.Document.DeepClone(),
            ["LockToken"] = loaded.Record.LockToken,
        };
    }
}
