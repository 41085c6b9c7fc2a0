using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using Rampart.Protocol.Models;

namespace Rampart.Protocol.Encoders;

/// <summary>Writes an output tree as the XML of Query protocol responses: lists as member elements (or repeated
/// when flattened), maps as entry/key/value, timestamps ISO 8601, booleans lowercase.</summary>
internal static class QueryXmlWriter
{
    public static void WriteMembers(XmlWriter writer, JsonObject value, Shape shape)
    {
        foreach (var member in shape.Members)
        {
            if (value.TryGetPropertyValue(member.Name, out var memberValue) && memberValue is not null)
            {
                WriteMember(writer, memberValue, member, member.WireName);
            }
        }
    }

    private static void WriteMember(XmlWriter writer, JsonNode value, MemberModel member, string elementName)
    {
        var shape = member.Shape;
        switch (shape.Type)
        {
            case ShapeType.Structure:
                writer.WriteStartElement(elementName);
                WriteMembers(writer, value as JsonObject ?? throw OutputScalar.Mismatch(value, member), shape);
                writer.WriteEndElement();
                break;
            case ShapeType.List:
                WriteList(writer, value as JsonArray ?? throw OutputScalar.Mismatch(value, member), member, elementName);
                break;
            case ShapeType.Map:
                WriteMap(writer, value as JsonObject ?? throw OutputScalar.Mismatch(value, member), member, elementName);
                break;
            default:
                writer.WriteElementString(elementName, XmlText.Clean(ScalarText(value, member)));
                break;
        }
    }

    private static void WriteList(XmlWriter writer, JsonArray list, MemberModel member, string elementName)
    {
        var element = member.Shape.ListMember!;
        if (member.IsFlattened)
        {
            foreach (var item in list.OfType<JsonNode>())
            {
                WriteMember(writer, item, element, element.LocationName ?? elementName);
            }
            return;
        }
        writer.WriteStartElement(elementName);
        foreach (var item in list.OfType<JsonNode>())
        {
            WriteMember(writer, item, element, element.LocationName ?? "member");
        }
        writer.WriteEndElement();
    }

    private static void WriteMap(XmlWriter writer, JsonObject map, MemberModel member, string elementName)
    {
        var shape = member.Shape;
        var keyName = shape.MapKey?.LocationName ?? "key";
        var valueName = shape.MapValue?.LocationName ?? "value";
        if (!member.IsFlattened)
        {
            writer.WriteStartElement(elementName);
        }
        foreach (var (key, item) in map)
        {
            writer.WriteStartElement(member.IsFlattened ? elementName : "entry");
            writer.WriteElementString(keyName, XmlText.Clean(key));
            if (item is not null)
            {
                WriteMember(writer, item, shape.MapValue!, valueName);
            }
            writer.WriteEndElement();
        }
        if (!member.IsFlattened)
        {
            writer.WriteEndElement();
        }
    }

    private static string ScalarText(JsonNode value, MemberModel member) => member.Shape.Type switch
    {
        ShapeType.Boolean => OutputScalar.Boolean(value, member) ? "true" : "false",
        ShapeType.Integer or ShapeType.Long => (OutputScalar.Integer(value, member)).ToString(CultureInfo.InvariantCulture),
        ShapeType.Double or ShapeType.Float => OutputScalar.Number(value, member).ToString("R", CultureInfo.InvariantCulture),
        ShapeType.Timestamp => OutputScalar.FormatTimestamp(OutputScalar.Timestamp(value, member), member.EffectiveTimestampFormat),
        _ => OutputScalar.String(value, member),
    };
}
