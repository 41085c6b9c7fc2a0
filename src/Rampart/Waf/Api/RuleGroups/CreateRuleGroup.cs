using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;
using Rampart.Waf.Api.Statements;
using Rampart.Waf.Api.WebAcls;

namespace Rampart.Waf.Api.RuleGroups;

/// <summary>Creates a rule group with a fixed capacity that its rules must fit.</summary>
public sealed class CreateRuleGroup(IStore store, StoreWebAclSource webAcls) : WafOperation<JsonObject, CreateEntityResponse>
{
    public override string Name => "CreateRuleGroup";

    protected override OperationDeclaration<JsonObject> Declaration { get; } = new()
    {
        Action = "wafv2:CreateRuleGroup",
        ReadOnly = false,
        Resources = (request, call) => [WafArn.ForCreation(call.Region, call.AccountId, WafScope.Of(RequestTree.Text(request, "Scope"), call), EntityKind.RuleGroup.ArnSegment, RequestTree.Text(request, "Name")), .. RequestTree.ReferencedArns(request)],
        RequestTags = request => WafTags.ToDictionary(RequestTree.Tags(request)),
    };

    protected override async Task<CreateEntityResponse> HandleAsync(JsonObject request, CallContext call, CancellationToken cancellationToken)
    {
        var scope = WafScope.Of(RequestTree.Text(request, "Scope"), call);
        var name = RequestTree.Text(request, "Name");
        var tags = WafTags.Validate(RequestTree.Tags(request));
        var entities = new EntityStore(store, webAcls);
        var declared = request["Capacity"]!.GetValue<long>();
        var (settings, rules) = await new RuleGroupDocument(new RulesCheck(entities)).BuildAsync(request, call, scope, name, declared, cancellationToken);
        var record = await entities.CreateAsync(call, EntityKind.RuleGroup, scope, name, settings, tags, rules.Analysis.References, cancellationToken);
        return new CreateEntityResponse(EntitySummary.Of(record));
    }
}
