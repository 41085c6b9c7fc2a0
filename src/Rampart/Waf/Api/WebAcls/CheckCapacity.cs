using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;
using Rampart.Waf.Api.Statements;

namespace Rampart.Waf.Api.WebAcls;

public sealed record CheckCapacityResponse(long Capacity);

/// <summary>The WCUs a set of rules would use, after validating them as a web ACL would.</summary>
public sealed class CheckCapacity(IStore store, StoreWebAclSource webAcls) : WafOperation<JsonObject, CheckCapacityResponse>
{
    public override string Name => "CheckCapacity";

    protected override OperationDeclaration<JsonObject> Declaration { get; } = new()
    {
        Action = "wafv2:CheckCapacity",
        ReadOnly = true,
    };

    protected override async Task<CheckCapacityResponse> HandleAsync(JsonObject request, CallContext call, CancellationToken cancellationToken)
    {
        var scope = WafScope.Of(RequestTree.Text(request, "Scope"), call);
        var checkedRules = await new RulesCheck(new EntityStore(store, webAcls))
            .CheckAsync(call, scope, RuleContext.WebAcl, WebAclLimits.LabelNamespace(call.AccountId, "capacity-check"), RequestTree.Rules(request), cancellationToken);
        return new CheckCapacityResponse(checkedRules.Capacity);
    }
}
