using System.Text.Json;
using Rampart.Waf.Api.Common;

namespace Rampart.Waf.Api.Permissions;

/// <summary>
/// AWS WAF's rules for a rule group's sharing policy: IAM policy version 2012-10-17, each statement with Effect
/// Allow, a Principal and exactly the actions wafv2:CreateWebACL, wafv2:UpdateWebACL and
/// wafv2:PutFirewallManagerRuleGroups (optionally wafv2:GetRuleGroup), no wildcards, and no Resource.
/// </summary>
public static class PermissionPolicyRules
{
    private static readonly HashSet<string> RequiredActions = ["wafv2:CreateWebACL", "wafv2:UpdateWebACL", "wafv2:PutFirewallManagerRuleGroups"];
    private const string OptionalAction = "wafv2:GetRuleGroup";

    public static void Check(string policy)
    {
        try
        {
            using var document = JsonDocument.Parse(policy);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "Version") != "2012-10-17"
                || !root.TryGetProperty("Statement", out var statements))
            {
                throw Invalid();
            }
            var list = statements.ValueKind == JsonValueKind.Array ? [.. statements.EnumerateArray()] : new[] { statements };
            if (list.Length == 0)
            {
                throw Invalid();
            }
            foreach (var statement in list)
            {
                CheckStatement(statement);
            }
        }
        catch (JsonException)
        {
            throw Invalid();
        }
    }

    private static void CheckStatement(JsonElement statement)
    {
        if (statement.ValueKind != JsonValueKind.Object || Text(statement, "Effect") != "Allow"
            || !statement.TryGetProperty("Principal", out _) || statement.TryGetProperty("Resource", out _)
            || statement.TryGetProperty("NotAction", out _) || statement.TryGetProperty("NotPrincipal", out _)
            || !statement.TryGetProperty("Action", out var action))
        {
            throw Invalid();
        }
        var actions = action.ValueKind == JsonValueKind.Array
            ? action.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.String ? a.GetString()! : "").ToHashSet()
            : [action.ValueKind == JsonValueKind.String ? action.GetString()! : ""];
        actions.Remove(OptionalAction);
        if (!actions.SetEquals(RequiredActions))
        {
            throw Invalid();
        }
    }

    private static string? Text(JsonElement element, string member) =>
        element.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Protocol.AwsException Invalid() =>
        WafErrors.InvalidPermissionPolicy("The operation failed because the specified policy isn't in the proper format.");
}
