using System.Text;
using System.Text.Json;

namespace Rampart.Policy.Parsing;

/// <summary>Reads a whole JSON text into <see cref="JsonNode"/>s with byte positions. Anything that is not one
/// strict JSON value (comments, trailing commas, duplicate member names, trailing content) is a syntax error,
/// reported as <c>null</c> so the caller decides the wording.</summary>
internal static class JsonTreeReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = 64,
    };

    public static JsonNode? TryRead(byte[] utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8, Options);
            if (!reader.Read())
            {
                return null;
            }

            var root = ReadValue(ref reader);
            return root is not null && !reader.Read() ? root : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // Raised for string escapes that do not form valid UTF-16 (a lone surrogate such as "\uD800").
            return null;
        }
    }

    private static JsonNode? ReadValue(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref reader, start);
            case JsonTokenType.StartArray:
                return ReadArray(ref reader, start);
            case JsonTokenType.String:
                return new JsonStringNode(reader.GetString()!, start, (int)reader.BytesConsumed);
            case JsonTokenType.Number:
                return new JsonNumberNode(Encoding.UTF8.GetString(reader.ValueSpan), start, (int)reader.BytesConsumed);
            case JsonTokenType.True:
                return new JsonBooleanNode(true, start, (int)reader.BytesConsumed);
            case JsonTokenType.False:
                return new JsonBooleanNode(false, start, (int)reader.BytesConsumed);
            case JsonTokenType.Null:
                return new JsonNullNode(start, (int)reader.BytesConsumed);
            default:
                return null;
        }
    }

    private static JsonObjectNode? ReadObject(ref Utf8JsonReader reader, int start)
    {
        var members = new List<JsonMember>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return new JsonObjectNode(members, start, (int)reader.BytesConsumed);
            }

            var memberStart = (int)reader.TokenStartIndex;
            var name = reader.GetString()!;
            if (!names.Add(name) || !reader.Read())
            {
                return null;
            }

            var value = ReadValue(ref reader);
            if (value is null)
            {
                return null;
            }

            members.Add(new JsonMember(name, value, memberStart));
        }

        return null;
    }

    private static JsonArrayNode? ReadArray(ref Utf8JsonReader reader, int start)
    {
        var items = new List<JsonNode>();
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return new JsonArrayNode(items, start, (int)reader.BytesConsumed);
            }

            var item = ReadValue(ref reader);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
        }

        return null;
    }
}
