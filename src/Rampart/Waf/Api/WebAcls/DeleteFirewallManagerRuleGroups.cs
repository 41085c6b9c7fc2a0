using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Waf.Api.Associations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Entities;

namespace Rampart.Waf.Api.WebAcls;

public sealed record DeleteFirewallManagerRuleGroupsRequest(string WebACLArn, string WebACLLockToken);

public sealed record DeleteFirewallManagerRuleGroupsResponse(string NextWebACLLockToken);

/// <summary>Removes the Firewall Manager rule groups from a web ACL (guarded by its lock token).</summary>
public sealed class DeleteFirewallManagerRuleGroups(IStore store, StoreWebAclSource webAcls) : WafOperation<DeleteFirewallManagerRuleGroupsRequest, DeleteFirewallManagerRuleGroupsResponse>
{
    public override string Name => "DeleteFirewallManagerRuleGroups";

    protected override OperationDeclaration<DeleteFirewallManagerRuleGroupsRequest> Declaration { get; } = new()
    {
        Action = "wafv2:DeleteFirewallManagerRuleGroups",
        ReadOnly = false,
        Resources = (request, _) => [request.WebACLArn],
    };

    protected override async Task<DeleteFirewallManagerRuleGroupsResponse> HandleAsync(DeleteFirewallManagerRuleGroupsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var entities = new EntityStore(store, webAcls);
        var webAcl = await entities.GetByArnAsync(call, request.WebACLArn, EntityKind.WebAcl, cancellationToken);
        var settings = new JsonObject();
        foreach (var (member, value) in webAcl.Record.Document)
        {
            if (member is not ("Name" or "Id" or "ARN"))
            {
                settings[member] = value?.DeepClone();
            }
        }
        settings["PreProcessFirewallManagerRuleGroups"] = new JsonArray();
        settings["PostProcessFirewallManagerRuleGroups"] = new JsonArray();
        var next = await entities.UpdateAsync(call, webAcl, request.WebACLLockToken, settings, webAcl.Record.References, cancellationToken);
        return new DeleteFirewallManagerRuleGroupsResponse(next);
    }
}
