using System.Text.Json.Nodes;

namespace Rampart.Organizations.Policies.Effective;

/// <summary>
/// The checks an effective management policy must pass to be enforced as a whole: each policy on its own is valid
/// syntax, but what the inheritance operators make of them together may not be. These are the rules of the User
/// Guide's syntax pages that Rampart checks:
/// <list type="bullet">
/// <item>tag policies: every tag sets <c>tag_key</c> to its own key in any capitalization; <c>tag_value</c> and
/// <c>enforced_for</c> are lists of strings, <c>enforced_for</c> entries of the form <c>service:resource</c>;</item>
/// <item>AI services opt-out policies: every <c>opt_out_policy</c> is <c>optIn</c> or <c>optOut</c>;</item>
/// <item>backup policies: every plan names its <c>regions</c> and <c>rules</c>, and every rule its
/// <c>target_backup_vault_name</c>.</item>
/// </list>
/// Other types are not checked, so their effective policies are never reported invalid.
/// </summary>
public static class EffectivePolicyRules
{
    public const string MissingElement = "ELEMENT_MISSING";
    public const string InvalidValue = "ELEMENT_VALUE_INVALID";

    /// <summary>The errors of an effective policy, each with the place it was found (the contributing policies are
    /// the caller's to find).</summary>
    public static IReadOnlyList<(string Code, string Message, string[] Path)> Check(OrganizationPolicyType type, JsonObject effective)
    {
        var errors = new List<(string, string, string[])>();
        switch (type.Name)
        {
            case "TAG_POLICY":
                foreach (var (key, tag) in Children(effective, "tags"))
                {
                    CheckTag(key, tag, errors);
                }
                break;
            case "AISERVICES_OPT_OUT_POLICY":
                foreach (var (service, settings) in Children(effective, "services"))
                {
                    if (settings?["opt_out_policy"] is { } choice && Text(choice) is not ("optIn" or "optOut"))
                    {
                        errors.Add((InvalidValue, "The value of opt_out_policy must be optIn or optOut.", ["services", service, "opt_out_policy"]));
                    }
                }
                break;
            case "BACKUP_POLICY":
                foreach (var (plan, settings) in Children(effective, "plans"))
                {
                    CheckPlan(plan, settings as JsonObject ?? [], errors);
                }
                break;
        }
        return errors;
    }

    private static void CheckTag(string key, JsonNode? tag, List<(string, string, string[])> errors)
    {
        if (tag?["tag_key"] is not { } tagKey)
        {
            errors.Add((MissingElement, "Each tag must set tag_key.", ["tags", key, "tag_key"]));
        }
        else if (!string.Equals(Text(tagKey), key, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add((InvalidValue, "The tag_key of a tag must be its key, in any capitalization.", ["tags", key, "tag_key"]));
        }
        if (tag?["tag_value"] is { } values && !IsTextList(values, _ => true))
        {
            errors.Add((InvalidValue, "The tag_value of a tag must be a list of strings.", ["tags", key, "tag_value"]));
        }
        if (tag?["enforced_for"] is { } enforced && !IsTextList(enforced, IsServiceResource))
        {
            errors.Add((InvalidValue, "The enforced_for of a tag must list resource types as service:resource.", ["tags", key, "enforced_for"]));
        }
    }

    private static void CheckPlan(string plan, JsonObject settings, List<(string, string, string[])> errors)
    {
        foreach (var required in new[] { "regions", "rules" })
        {
            if (settings[required] is null)
            {
                errors.Add((MissingElement, $"Each backup plan must set {required}.", ["plans", plan, required]));
            }
        }
        foreach (var (rule, ruleSettings) in Children(settings, "rules"))
        {
            if (ruleSettings?["target_backup_vault_name"] is null)
            {
                errors.Add((MissingElement, "Each backup rule must set target_backup_vault_name.", ["plans", plan, "rules", rule, "target_backup_vault_name"]));
            }
        }
    }

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Children(JsonObject parent, string name) =>
        parent[name] as JsonObject ?? [];

    private static string? Text(JsonNode node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static bool IsTextList(JsonNode node, Func<string, bool> valid) =>
        node is JsonArray list && list.All(item => item is not null && Text(item) is { } text && valid(text));

    private static bool IsServiceResource(string entry) =>
        entry.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && colon < entry.Length - 1;
}
