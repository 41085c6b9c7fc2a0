using System.Text.Json;
using System.Text.Json.Nodes;
using Rampart.Protocol.Models;

namespace Rampart.Protocol.Encoders;

/// <summary>Writes an output tree (model member names) as a JSON protocol body: wire member names, timestamps as
/// epoch seconds unless the model says otherwise, blobs base64, members in model order.</summary>
internal static class JsonShapeWriter
{
    public static void WriteStructure(Utf8JsonWriter writer, JsonObject value, Shape shape, bool bodyMembersOnly)
    {
        writer.WriteStartObject();
        foreach (var member in shape.Members)
        {
            if ((bodyMembersOnly && member.Location != MemberLocation.Body)
                || !value.TryGetPropertyValue(member.Name, out var memberValue)
                || memberValue is null)
            {
                continue;
            }
            writer.WritePropertyName(member.WireName);
            WriteValue(writer, memberValue, member);
        }
        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, JsonNode value, MemberModel member)
    {
        var shape = member.Shape;
        if (shape.IsDocument)
        {
            value.WriteTo(writer);
            return;
        }
        switch (shape.Type)
        {
            case ShapeType.Structure:
                WriteStructure(writer, value as JsonObject ?? throw OutputScalar.Mismatch(value, member), shape, bodyMembersOnly: false);
                break;
            case ShapeType.List:
                writer.WriteStartArray();
                foreach (var item in value as JsonArray ?? throw OutputScalar.Mismatch(value, member))
                {
                    if (item is null)
                    {
                        writer.WriteNullValue();
                    }
                    else
                    {
                        WriteValue(writer, item, shape.ListMember!);
                    }
                }
                writer.WriteEndArray();
                break;
            case ShapeType.Map:
                writer.WriteStartObject();
                foreach (var (key, item) in value as JsonObject ?? throw OutputScalar.Mismatch(value, member))
                {
                    writer.WritePropertyName(key);
                    if (item is null)
                    {
                        writer.WriteNullValue();
                    }
                    else
                    {
                        WriteValue(writer, item, shape.MapValue!);
                    }
                }
                writer.WriteEndObject();
                break;
            case ShapeType.Integer or ShapeType.Long:
                writer.WriteNumberValue(OutputScalar.Integer(value, member));
                break;
            case ShapeType.Double or ShapeType.Float:
                writer.WriteNumberValue(OutputScalar.Number(value, member));
                break;
            case ShapeType.Boolean:
                writer.WriteBooleanValue(OutputScalar.Boolean(value, member));
                break;
            case ShapeType.Timestamp:
                var timestamp = OutputScalar.Timestamp(value, member);
                if (member.EffectiveTimestampFormat is null or "unixTimestamp")
                {
                    writer.WriteNumberValue(TimestampText.ToEpochSeconds(timestamp));
                }
                else
                {
                    writer.WriteStringValue(OutputScalar.FormatTimestamp(timestamp, member.EffectiveTimestampFormat));
                }
                break;
            // A string parsed from JSON is written from its UTF-8 text: a ciphertext of a few KB would otherwise be
            // copied to UTF-16 and back.
            case ShapeType.String or ShapeType.Blob when value is JsonValue parsed && parsed.TryGetValue<JsonElement>(out var element)
                && element.ValueKind == JsonValueKind.String:
                element.WriteTo(writer);
                break;
            default:
                writer.WriteStringValue(OutputScalar.String(value, member));
                break;
        }
    }
}
