using System.Text.Json.Nodes;

namespace Rampart.Protocol.Models;

/// <summary>Copies a JSON tree shaped by a model, replacing values of sensitive members the way CloudTrail does
/// in requestParameters and responseElements.</summary>
internal static class SensitiveRedactor
{
    public const string Hidden = "HIDDEN_DUE_TO_SECURITY_REASONS";

    public static JsonNode Redact(JsonNode node, Shape shape)
    {
        if (shape.Sensitive)
        {
            return JsonValue.Create(Hidden);
        }
        switch (shape.Type)
        {
            case ShapeType.Structure when node is JsonObject structure:
                var copy = new JsonObject();
                foreach (var (name, value) in structure)
                {
                    copy[name] = value is null ? null
                        : shape.MembersByName.TryGetValue(name, out var member) ? RedactMember(value, member)
                        : value.DeepClone();
                }
                return copy;
            case ShapeType.List when node is JsonArray list && shape.ListMember is { } element:
                var items = new JsonArray();
                foreach (var item in list)
                {
                    items.Add(item is null ? null : RedactMember(item, element));
                }
                return items;
            case ShapeType.Map when node is JsonObject map && shape.MapValue is { } mapValue:
                var entries = new JsonObject();
                foreach (var (key, value) in map)
                {
                    entries[key] = value is null ? null : RedactMember(value, mapValue);
                }
                return entries;
            default:
                return node.DeepClone();
        }
    }

    private static JsonNode RedactMember(JsonNode value, MemberModel member) =>
        member.Sensitive ? JsonValue.Create(Hidden) : Redact(value, member.Shape);
}
