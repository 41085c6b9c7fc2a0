using System.Text.Json.Nodes;
using Rampart.Protocol.Models;

namespace Rampart.Audit;

/// <summary>Turns a model-shaped tree that the audit trail owns into CloudTrail's requestParameters or
/// responseElements form: structure member names in <see cref="RecordMemberName"/> form; map keys and
/// document values exactly as given.</summary>
internal static class RecordParameters
{
    /// <summary>Null for an absent or empty tree: CloudTrail writes null when a call has no parameters.</summary>
    public static JsonNode? From(JsonNode? tree, Shape shape) =>
        tree is null || tree is JsonObject { Count: 0 } ? null : Rename(tree, shape);

    private static JsonNode Rename(JsonNode node, Shape? shape)
    {
        if (shape is { IsDocument: true })
        {
            return node;
        }
        switch (node)
        {
            case JsonObject structure when shape is null || shape.Type == ShapeType.Structure:
                var members = Detach(structure);
                var renamed = new JsonObject();
                foreach (var (name, value) in members)
                {
                    var member = shape?.MembersByName.GetValueOrDefault(name);
                    renamed[RecordMemberName.Of(name)] = value is null ? null : Rename(value, member?.Shape);
                }
                return renamed;
            case JsonObject map:
                foreach (var (key, value) in Detach(map))
                {
                    map[key] = value is null ? null : Rename(value, shape?.MapValue?.Shape);
                }
                return map;
            case JsonArray list:
                var items = list.ToArray();
                list.Clear();
                foreach (var item in items)
                {
                    list.Add(item is null ? null : Rename(item, shape?.ListMember?.Shape));
                }
                return list;
            default:
                return node;
        }
    }

    /// <summary>Takes the members out of an object so that they can be given a new parent.</summary>
    private static List<KeyValuePair<string, JsonNode?>> Detach(JsonObject node)
    {
        var members = node.ToList();
        node.Clear();
        return members;
    }
}
