using System.Text.Json.Nodes;

namespace Rampart.Waf.Api.Statements;

/// <summary>Reading members of the request trees that the protocol layer has already checked against the model.</summary>
internal static class JsonMembers
{
    public static string? Text(this JsonObject node, string member) => node[member]?.GetValue<string>();

    public static JsonObject? Object(this JsonObject node, string member) => node[member] as JsonObject;

    public static IReadOnlyList<JsonNode?> Items(this JsonObject node, string member) => node[member] is JsonArray array ? [.. array] : [];

    /// <summary>Names of the members that are set (present and not null).</summary>
    public static IReadOnlyList<string> SetMembers(this JsonObject node) =>
        [.. node.Where(member => member.Value is not null).Select(member => member.Key)];
}
