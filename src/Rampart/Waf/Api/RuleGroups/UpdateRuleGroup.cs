using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;
using Rampart.Waf.Api.Statements;
using Rampart.Waf.Api.WebAcls;

namespace Rampart.Waf.Api.RuleGroups;

/// <summary>Replaces a rule group's rules and settings within the capacity it was created with.</summary>
public sealed class UpdateRuleGroup(IStore store, StoreWebAclSource webAcls) : WafOperation<JsonObject, UpdateEntityResponse>
{
    public override string Name => "UpdateRuleGroup";

    protected override OperationDeclaration<JsonObject> Declaration { get; } = new()
    {
        Action = "wafv2:UpdateRuleGroup",
        ReadOnly = false,
        Resources = (request, call) => [EntityArns.Of(request, call, EntityKind.RuleGroup), .. RequestTree.ReferencedArns(request)],
    };

    protected override async Task<UpdateEntityResponse> HandleAsync(JsonObject request, CallContext call, CancellationToken cancellationToken)
    {
        var scope = WafScope.Of(RequestTree.Text(request, "Scope"), call);
        var name = RequestTree.Text(request, "Name");
        var entities = new EntityStore(store, webAcls);
        var existing = await entities.GetAsync(call, EntityKind.RuleGroup, scope, name, RequestTree.Text(request, "Id"), cancellationToken);
        var fixedCapacity = existing.Record.Document["Capacity"]!.GetValue<long>();
        var (settings, rules) = await new RuleGroupDocument(new RulesCheck(entities)).BuildAsync(request, call, scope, name, fixedCapacity, cancellationToken);
        return new UpdateEntityResponse(await entities.UpdateAsync(call, existing, RequestTree.Text(request, "LockToken"), settings, rules.Analysis.References, cancellationToken));
    }
}
