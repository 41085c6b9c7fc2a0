using System.Text.Json.Nodes;
using Rampart.Operations;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Statements;

namespace Rampart.Waf.Api.WebAcls;

/// <summary>Turns a CreateWebACL or UpdateWebACL request into the stored web ACL (the WebACL shape without Name,
/// Id and ARN), after checking its rules and default action.</summary>
public sealed class WebAclDocument(RulesCheck rules)
{
    public async Task<(JsonObject Settings, CheckedRules Rules)> BuildAsync(JsonObject request, CallContext call, WafScope scope, string name, CancellationToken cancellationToken)
    {
        if (request["DefaultAction"] is not JsonObject defaultAction || defaultAction.Count(member => member.Value is not null) != 1)
        {
            throw WafErrors.InvalidParameter("DEFAULT_ACTION", "DefaultAction", WafErrors.Reasons.ExactlyOne);
        }
        if (request["TokenDomains"] is JsonArray { Count: > 10 })
        {
            throw WafErrors.LimitsExceeded();
        }
        var labelNamespace = WebAclLimits.LabelNamespace(call.AccountId, name);
        var checkedRules = await rules.CheckAsync(call, scope, RuleContext.WebAcl, labelNamespace, RequestTree.Rules(request), cancellationToken);
        if (checkedRules.Capacity > WebAclLimits.MaxCapacity)
        {
            throw WafErrors.LimitsExceeded();
        }
        var settings = RequestTree.Settings(request);
        settings["Capacity"] = checkedRules.Capacity;
        settings["ManagedByFirewallManager"] = false;
        settings["LabelNamespace"] = labelNamespace;
        settings["RetrofittedByFirewallManager"] = false;
        return (settings, checkedRules);
    }
}
