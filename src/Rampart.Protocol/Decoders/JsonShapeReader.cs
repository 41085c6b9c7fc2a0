using System.Text.Json;
using System.Text.Json.Nodes;
using Rampart.Protocol.Models;

namespace Rampart.Protocol.Decoders;

/// <summary>Reads a JSON request body into a tree of the input shape: keys become model member names,
/// epoch-second timestamps become ISO 8601, and every value is checked against its shape's JSON type.</summary>
internal static class JsonShapeReader
{
    /// <summary>Parses a body that must be one JSON object of <paramref name="shape"/>; an empty body is an empty object.</summary>
    public static JsonObject ReadBody(ReadOnlySpan<byte> body, Shape shape, bool bodyMembersOnly)
    {
        if (IsBlank(body))
        {
            return [];
        }
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
            using var document = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                throw ProtocolErrors.Serialization("Unexpected content after the end of the JSON request body.");
            }
            return ReadStructure(document.RootElement, shape, "", bodyMembersOnly);
        }
        catch (JsonException)
        {
            throw ProtocolErrors.Serialization("The request body is not valid JSON.");
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> body) => body.Trim(" \t\r\n"u8).IsEmpty;

    private static JsonObject ReadStructure(JsonElement element, Shape shape, string path, bool bodyMembersOnly)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Mismatch(path, "a structure (JSON object)", element);
        }
        var result = new JsonObject();
        foreach (var property in element.EnumerateObject())
        {
            // Unknown members are ignored, as AWS's JSON services ignore them.
            if (property.Value.ValueKind == JsonValueKind.Null
                || !shape.MembersByWireName.TryGetValue(property.Name, out var member)
                || (bodyMembersOnly && member.Location != MemberLocation.Body))
            {
                continue;
            }
            result[member.Name] = Read(property.Value, member, Join(path, property.Name));
        }
        return result;
    }

    private static JsonNode? Read(JsonElement element, MemberModel member, string path)
    {
        var shape = member.Shape;
        if (shape.IsDocument)
        {
            return JsonNode.Parse(element.GetRawText());
        }
        switch (shape.Type)
        {
            case ShapeType.Structure:
                return ReadStructure(element, shape, path, bodyMembersOnly: false);
            case ShapeType.List:
                if (element.ValueKind != JsonValueKind.Array)
                {
                    throw Mismatch(path, "a list (JSON array)", element);
                }
                var list = new JsonArray();
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(item.ValueKind == JsonValueKind.Null ? null : Read(item, shape.ListMember!, $"{path}[{index++}]"));
                }
                return list;
            case ShapeType.Map:
                if (element.ValueKind != JsonValueKind.Object)
                {
                    throw Mismatch(path, "a map (JSON object)", element);
                }
                var map = new JsonObject();
                foreach (var entry in element.EnumerateObject())
                {
                    map[entry.Name] = entry.Value.ValueKind == JsonValueKind.Null ? null : Read(entry.Value, shape.MapValue!, Join(path, entry.Name));
                }
                return map;
            case ShapeType.String when element.ValueKind == JsonValueKind.String:
                return JsonValue.Create(element.GetString());
            case ShapeType.Integer when element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var i):
                return JsonValue.Create(i);
            case ShapeType.Long when element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var l):
                return JsonValue.Create(l);
            case ShapeType.Double or ShapeType.Float
                when element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var d) && double.IsFinite(d):
                return JsonValue.Create(d);
            case ShapeType.Boolean when element.ValueKind is JsonValueKind.True or JsonValueKind.False:
                return JsonValue.Create(element.GetBoolean());
            case ShapeType.Timestamp:
                return ReadTimestamp(element, path);
            case ShapeType.Blob when element.ValueKind == JsonValueKind.String && element.GetString() is var blob && WireScalar.IsBase64(blob!):
                return JsonValue.Create(blob);
            default:
                throw Mismatch(path, Describe(shape.Type), element);
        }
    }

    private static JsonValue ReadTimestamp(JsonElement element, string path)
    {
        var parsed = element.ValueKind switch
        {
            JsonValueKind.Number when element.TryGetDouble(out var seconds) && TimestampText.TryFromEpochSeconds(seconds, out var epoch) => epoch,
            JsonValueKind.String when TimestampText.TryParse(element.GetString()!, out var text) => text,
            _ => throw Mismatch(path, "a timestamp (epoch seconds)", element),
        };
        return JsonValue.Create(TimestampText.ToIso8601(parsed));
    }

    /// <summary>Objects and arrays in the wrong place get AWS's own wording; other mismatches name the member.</summary>
    private static AwsException Mismatch(string path, string expected, JsonElement actual) => actual.ValueKind switch
    {
        JsonValueKind.Object => ProtocolErrors.Serialization("Start of structure or map found where not expected."),
        JsonValueKind.Array => ProtocolErrors.Serialization("Start of list found where not expected."),
        _ => ProtocolErrors.Serialization(
            $"Expected {expected} at '{(path.Length == 0 ? "$" : path)}' but found a JSON {actual.ValueKind.ToString().ToLowerInvariant()}."),
    };

    private static string Describe(ShapeType type) => type switch
    {
        ShapeType.String => "a string",
        ShapeType.Integer => "an integer",
        ShapeType.Long => "a long integer",
        ShapeType.Boolean => "a boolean",
        ShapeType.Blob => "base64-encoded binary data (JSON string)",
        _ => "a number",
    };

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
}
