using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;
using Rampart.Waf.Api.Statements;

namespace Rampart.Waf.Api.WebAcls;

public sealed record UpdateEntityResponse(string NextLockToken);

/// <summary>Replaces a web ACL's settings and rules; the lock token must be the current one.</summary>
public sealed class UpdateWebAcl(IStore store, StoreWebAclSource webAcls) : WafOperation<JsonObject, UpdateEntityResponse>
{
    public override string Name => "UpdateWebACL";

    protected override OperationDeclaration<JsonObject> Declaration { get; } = new()
    {
        Action = "wafv2:UpdateWebACL",
        ReadOnly = false,
        Resources = (request, call) => [EntityArns.Of(request, call, EntityKind.WebAcl), .. RequestTree.ReferencedArns(request)],
    };

    protected override async Task<UpdateEntityResponse> HandleAsync(JsonObject request, CallContext call, CancellationToken cancellationToken)
    {
        var scope = WafScope.Of(RequestTree.Text(request, "Scope"), call);
        var name = RequestTree.Text(request, "Name");
        var entities = new EntityStore(store, webAcls);
        var existing = await entities.GetAsync(call, EntityKind.WebAcl, scope, name, RequestTree.Text(request, "Id"), cancellationToken);
        var (settings, rules) = await new WebAclDocument(new RulesCheck(entities)).BuildAsync(request, call, scope, name, cancellationToken);
        foreach (var kept in new[] { "PreProcessFirewallManagerRuleGroups", "PostProcessFirewallManagerRuleGroups" })
        {
            if (existing.Record.Document[kept] is { } value)
            {
                settings[kept] = value.DeepClone();
            }
        }
        var next = await entities.UpdateAsync(call, existing, RequestTree.Text(request, "LockToken"), settings, rules.Analysis.References, cancellationToken);
        return new UpdateEntityResponse(next);
    }
}
