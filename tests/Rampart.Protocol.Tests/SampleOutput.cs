using System.Text.Json.Nodes;
using Rampart.Protocol.Models;

namespace Rampart.Protocol.Tests;

/// <summary>Builds an output tree that sets every member of a shape (to a bounded depth), and the tree botocore
/// should parse back from it: timestamps as botocore_bridge.py prints datetimes, blobs as {"$bytes": ...}.</summary>
internal static class SampleOutput
{
    private const int MaxDepth = 6;
    private const string Timestamp = "2024-01-02T03:04:05Z";
    private const string ParsedTimestamp = "2024-01-02T03:04:05.000000Z";
    private const string Blob = "AQID/w==";

    public static (JsonObject Output, JsonObject Expected) For(Shape shape)
    {
        var output = new JsonObject();
        var expected = new JsonObject();
        FillStructure(shape, output, expected, 0, topLevel: true);
        return (output, expected);
    }

    private static void FillStructure(Shape shape, JsonObject output, JsonObject expected, int depth, bool topLevel)
    {
        var members = shape.IsUnion ? shape.Members.Take(1) : shape.Members;
        foreach (var member in members)
        {
            // Prefix-header maps come back lower-cased and status codes must stay valid HTTP; both are left out.
            if (member.Location is MemberLocation.Headers or MemberLocation.StatusCode || (!topLevel && member.Location != MemberLocation.Body))
            {
                continue;
            }
            if (Value(member, depth) is var (value, parsed))
            {
                output[member.Name] = value;
                expected[member.Name] = parsed;
            }
        }
    }

    private static (JsonNode Value, JsonNode Parsed)? Value(MemberModel member, int depth)
    {
        var shape = member.Shape;
        if (shape.IsDocument)
        {
            return (new JsonObject { ["a"] = new JsonArray(1, "x") }, new JsonObject { ["a"] = new JsonArray(1, "x") });
        }
        switch (shape.Type)
        {
            case ShapeType.Structure:
                if (depth >= MaxDepth)
                {
                    return null;
                }
                var output = new JsonObject();
                var expected = new JsonObject();
                FillStructure(shape, output, expected, depth + 1, topLevel: false);
                return (output, expected);
            case ShapeType.List:
                if (depth >= MaxDepth || Value(shape.ListMember!, depth + 1) is not var (item, parsedItem))
                {
                    return null;
                }
                return (new JsonArray(item), new JsonArray(parsedItem));
            case ShapeType.Map:
                if (depth >= MaxDepth || Value(shape.MapValue!, depth + 1) is not var (entry, parsedEntry))
                {
                    return null;
                }
                var key = shape.MapKey?.Shape.EnumValues?.FirstOrDefault() ?? "key-1";
                return (new JsonObject { [key] = entry }, new JsonObject { [key] = parsedEntry });
            case ShapeType.Integer:
                return (7, 7);
            case ShapeType.Long:
                // Beyond 2^53: must survive without passing through a double.
                return (9007199254740993L, 9007199254740993L);
            case ShapeType.Double or ShapeType.Float:
                return (1.5, 1.5);
            case ShapeType.Boolean:
                return (true, true);
            case ShapeType.Timestamp:
                return (Timestamp, ParsedTimestamp);
            case ShapeType.Blob:
                return (Blob, new JsonObject { ["$bytes"] = Blob });
            default:
                var text = member.JsonValue ? """{"k":"v"}""" : shape.EnumValues?.FirstOrDefault() ?? "text <&> \u00e9 " + member.Name;
                return (text, member.JsonValue ? new JsonObject { ["k"] = "v" } : text);
        }
    }
}
