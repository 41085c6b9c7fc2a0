using System.Text.Json.Nodes;
using Rampart.Protocol.Models;

namespace Rampart.Protocol.Tests;

/// <summary>Builds a tree that sets every member of a shape (to a bounded depth) and the tree expected on the
/// other side of the wire. For outputs: what a handler returns, and what botocore parses (datetimes as
/// botocore_bridge.py prints them, blobs as {"$bytes": ...}). For inputs: the parameters botocore is given, and
/// what Rampart's decoder yields (ISO 8601 timestamps, base64 blobs).</summary>
internal sealed class SampleTree
{
    private const int MaxDepth = 6;
    private const string Timestamp = "2024-01-02T03:04:05Z";
    private const string BotocoreTimestamp = "2024-01-02T03:04:05.000000Z";
    private const string Blob = "AQID/w==";

    private readonly bool forInput;

    private SampleTree(bool forInput) => this.forInput = forInput;

    public static (JsonObject Given, JsonObject Expected) Output(Shape shape) => new SampleTree(false).Structure(shape);

    public static (JsonObject Given, JsonObject Expected) Input(Shape shape) => new SampleTree(true).Structure(shape);

    private (JsonObject Given, JsonObject Expected) Structure(Shape shape)
    {
        var given = new JsonObject();
        var expected = new JsonObject();
        Fill(shape, given, expected, 0, topLevel: true);
        return (given, expected);
    }

    /// <summary>Below <see cref="MaxDepth"/> only what the model requires is set, so recursive shapes
    /// (WAFv2 statements, ACM filter statements) end.</summary>
    private void Fill(Shape shape, JsonObject given, JsonObject expected, int depth, bool topLevel)
    {
        var deep = depth >= MaxDepth;
        var members = shape.IsUnion
            ? [deep ? shape.Members.OrderBy(Nesting).First() : shape.Members[0]]
            : deep ? shape.Members.Where(m => m.IsRequired) : shape.Members;
        foreach (var member in members)
        {
            if (!Included(member, topLevel))
            {
                continue;
            }
            if (Value(member, depth) is var (value, parsed))
            {
                given[member.Name] = value;
                expected[member.Name] = parsed;
            }
        }
    }

    /// <summary>How soon a union member's value can end: scalars first, then structures holding a scalar.</summary>
    private static int Nesting(MemberModel member) => member.Shape.Type switch
    {
        ShapeType.Structure when member.Shape.Members.Any(m => !IsContainer(m.Shape)) => 1,
        ShapeType.Structure => 3,
        _ when IsContainer(member.Shape) => 2,
        _ => 0,
    };

    private static bool IsContainer(Shape shape) => shape.Type is ShapeType.Structure or ShapeType.List or ShapeType.Map;

    private bool Included(MemberModel member, bool topLevel)
    {
        if (!topLevel)
        {
            return member.Location == MemberLocation.Body;
        }
        // Response prefix-header maps come back lower-cased, and a status code member must stay a valid HTTP status.
        return forInput || member.Location is not (MemberLocation.Headers or MemberLocation.StatusCode);
    }

    private (JsonNode Given, JsonNode Expected)? Value(MemberModel member, int depth)
    {
        var shape = member.Shape;
        if (shape.IsDocument)
        {
            return (new JsonObject { ["a"] = new JsonArray(1, "x") }, new JsonObject { ["a"] = new JsonArray(1, "x") });
        }
        var minimum = (int)Math.Max(shape.Min ?? 0, 0);
        switch (shape.Type)
        {
            case ShapeType.Structure:
                if (depth >= MaxDepth * 2)
                {
                    return null;
                }
                var given = new JsonObject();
                var expected = new JsonObject();
                Fill(shape, given, expected, depth + 1, topLevel: false);
                return (given, expected);
            case ShapeType.List:
                if (depth >= MaxDepth && minimum == 0)
                {
                    return (shape.Type == ShapeType.List ? new JsonArray() : new JsonObject(), shape.Type == ShapeType.List ? new JsonArray() : new JsonObject());
                }
                if (Value(shape.ListMember!, depth + 1) is not var (item, parsedItem))
                {
                    return null;
                }
                var count = Math.Max(minimum, 1);
                return (new JsonArray(Enumerable.Range(0, count).Select(_ => (JsonNode?)item.DeepClone()).ToArray()),
                    new JsonArray(Enumerable.Range(0, count).Select(_ => (JsonNode?)parsedItem.DeepClone()).ToArray()));
            case ShapeType.Map:
                if (depth >= MaxDepth)
                {
                    return (shape.Type == ShapeType.List ? new JsonArray() : new JsonObject(), shape.Type == ShapeType.List ? new JsonArray() : new JsonObject());
                }
                if (Value(shape.MapValue!, depth + 1) is not var (entry, parsedEntry))
                {
                    return null;
                }
                var key = shape.MapKey?.Shape.EnumValues?.FirstOrDefault() ?? "key-1";
                return (new JsonObject { [key] = entry }, new JsonObject { [key] = parsedEntry });
            case ShapeType.Integer:
                var integer = Math.Max(7, minimum);
                return (integer, integer);
            case ShapeType.Long:
                // Beyond 2^53: must survive without passing through a double.
                return (9007199254740993L, 9007199254740993L);
            case ShapeType.Double or ShapeType.Float:
                var number = Math.Max(1.5, shape.Min ?? 0);
                return (number, number);
            case ShapeType.Boolean:
                return (true, true);
            case ShapeType.Timestamp:
                return (Timestamp, forInput ? Timestamp : BotocoreTimestamp);
            case ShapeType.Blob:
                var bytes = new JsonObject { ["$bytes"] = Blob };
                return forInput ? (bytes, Blob) : (Blob, bytes);
            default:
                if (member.JsonValue)
                {
                    return forInput
                        ? (new JsonObject { ["k"] = "v" }, """{"k":"v"}""")
                        : ("""{"k":"v"}""", new JsonObject { ["k"] = "v" });
                }
                var text = shape.EnumValues?.FirstOrDefault() ?? ("text <&>/+? \u00e9 " + member.Name).PadRight(minimum, 'x');
                return (text, text);
        }
    }
}
