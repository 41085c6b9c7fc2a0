using System.Text;
using System.Text.Json;

namespace Rampart.Waf.Engine.Evaluation;

/// <summary>
/// A request body read as JSON: every key and every scalar value with its JSON Pointer, in document order. When the
/// body is not valid JSON (or is cut off at the inspection limit), <see cref="Valid"/> is false and what parsed before
/// the error is kept, as AWS WAF inspects the part it could parse.
/// </summary>
internal sealed class JsonBodyView
{
    private JsonBodyView(bool valid, List<JsonBodyItem> items, string text)
    {
        Valid = valid;
        Items = items;
        Text = text;
    }

    public bool Valid { get; }

    public IReadOnlyList<JsonBodyItem> Items { get; }

    public string Text { get; }

    public static JsonBodyView Parse(ReadOnlySpan<byte> body)
    {
        var items = new List<JsonBodyItem>();
        var text = Encoding.Latin1.GetString(body);
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 256, CommentHandling = JsonCommentHandling.Skip });
        var path = new List<(string Segment, bool IsArray, int Index)>();
        string? pendingKey = null;
        try
        {
            if (body.IsEmpty)
            {
                return new JsonBodyView(false, items, text);
            }
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        var segment = NextSegment(path, ref pendingKey);
                        path.Add((segment, reader.TokenType == JsonTokenType.StartArray, 0));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        pendingKey = reader.GetString() ?? "";
                        items.Add(new JsonBodyItem(Pointer(path, Escape(pendingKey)), ToBytes(pendingKey), IsKey: true));
                        break;
                    default:
                        var leaf = NextSegment(path, ref pendingKey);
                        var value = reader.TokenType == JsonTokenType.String
                            ? reader.GetString() ?? ""
                            : Encoding.UTF8.GetString(reader.ValueSpan);
                        items.Add(new JsonBodyItem(Pointer(path, leaf), ToBytes(value), IsKey: false));
                        break;
                }
            }
            return new JsonBodyView(true, items, text);
        }
        catch (JsonException)
        {
            return new JsonBodyView(false, items, text);
        }
    }

    private static string NextSegment(List<(string Segment, bool IsArray, int Index)> path, ref string? pendingKey)
    {
        if (path.Count == 0)
        {
            return "";
        }
        var parent = path[^1];
        if (parent.IsArray)
        {
            path[^1] = parent with { Index = parent.Index + 1 };
            return parent.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var key = Escape(pendingKey ?? "");
        pendingKey = null;
        return key;
    }

    private static string Pointer(List<(string Segment, bool IsArray, int Index)> path, string leaf)
    {
        var builder = new StringBuilder();
        for (var i = 1; i < path.Count; i++)
        {
            builder.Append('/').Append(path[i].Segment);
        }
        if (path.Count > 0)
        {
            builder.Append('/').Append(leaf);
        }
        return builder.Length == 0 ? "" : builder.ToString();
    }

    private static string Escape(string key) => key.Replace("~", "~0").Replace("/", "~1");

    private static string ToBytes(string value) => Transformations.TextTransformations.ToByteString(value);
}

internal readonly record struct JsonBodyItem(string Pointer, string Value, bool IsKey);
