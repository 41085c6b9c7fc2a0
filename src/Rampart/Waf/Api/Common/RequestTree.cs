using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rampart.Waf.Api.Common;

/// <summary>Reads the requests that WAFv2 operations take whole (web ACLs and rule groups carry deep rule trees that
/// are stored as they come), after the protocol layer has checked them against the model.</summary>
public static class RequestTree
{
    /// <summary>Members that identify or guard an entity rather than describe it.</summary>
    private static readonly HashSet<string> ControlMembers = ["Name", "Scope", "Id", "LockToken", "Tags", "Capacity"];

    public static string Text(JsonObject request, string member) => request[member]?.GetValue<string>() ?? "";

    public static IReadOnlyList<WafTag> Tags(JsonObject request) =>
        request["Tags"]?.Deserialize<List<WafTag>>() ?? [];

    /// <summary>The request's descriptive members (everything but Name, Scope, Id, LockToken, Tags and Capacity).</summary>
    public static JsonObject Settings(JsonObject request)
    {
        var settings = new JsonObject();
        foreach (var (member, value) in request)
        {
            if (!ControlMembers.Contains(member) && value is not null)
            {
                settings[member] = value.DeepClone();
            }
        }
        settings["Rules"] ??= new JsonArray();
        return settings;
    }

    public static IReadOnlyList<JsonNode?> Rules(JsonObject request) => request["Rules"] is JsonArray rules ? [.. rules] : [];

    /// <summary>ARNs named by reference statements anywhere in the rules, for authorization before validation.</summary>
    public static IReadOnlyList<string> ReferencedArns(JsonObject request)
    {
        var found = new List<string>();
        Collect(request["Rules"], found);
        return [.. found.Distinct(StringComparer.Ordinal)];
    }

    private static void Collect(JsonNode? node, List<string> found)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, found);
                }
                break;
            case JsonObject obj:
                foreach (var (member, value) in obj)
                {
                    if (member is "IPSetReferenceStatement" or "RegexPatternSetReferenceStatement" or "RuleGroupReferenceStatement"
                        && value is JsonObject reference && reference["ARN"] is JsonValue arn && arn.TryGetValue<string>(out var text))
                    {
                        found.Add(text);
                    }
                    Collect(value, found);
                }
                break;
        }
    }
}
