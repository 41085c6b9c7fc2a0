using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;
using Rampart.Waf.Api.Statements;

namespace Rampart.Waf.Api.WebAcls;

public sealed record CreateEntityResponse(EntitySummary Summary);

/// <summary>Creates a web ACL after validating its rules and capacity.</summary>
public sealed class CreateWebAcl(IStore store, StoreWebAclSource webAcls) : WafOperation<JsonObject, CreateEntityResponse>
{
    public override string Name => "CreateWebACL";

    protected override OperationDeclaration<JsonObject> Declaration { get; } = new()
    {
        Action = "wafv2:CreateWebACL",
        ReadOnly = false,
        Resources = (request, call) => [WafArn.ForCreation(call.Region, call.AccountId, WafScope.Of(RequestTree.Text(request, "Scope"), call), EntityKind.WebAcl.ArnSegment, RequestTree.Text(request, "Name")), .. RequestTree.ReferencedArns(request)],
        RequestTags = request => WafTags.ToDictionary(RequestTree.Tags(request)),
    };

    protected override async Task<CreateEntityResponse> HandleAsync(JsonObject request, CallContext call, CancellationToken cancellationToken)
    {
        var scope = WafScope.Of(RequestTree.Text(request, "Scope"), call);
        var name = RequestTree.Text(request, "Name");
        var tags = WafTags.Validate(RequestTree.Tags(request));
        var entities = new EntityStore(store, webAcls);
        var (settings, rules) = await new WebAclDocument(new RulesCheck(entities)).BuildAsync(request, call, scope, name, cancellationToken);
        var record = await entities.CreateAsync(call, EntityKind.WebAcl, scope, name, settings, tags, rules.Analysis.References, cancellationToken);
        return new CreateEntityResponse(EntitySummary.Of(record));
    }
}
