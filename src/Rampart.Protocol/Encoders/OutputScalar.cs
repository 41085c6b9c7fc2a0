using System.Text.Json.Nodes;
using Rampart.Protocol.Models;

namespace Rampart.Protocol.Encoders;

/// <summary>Reads scalar values of a handler's output tree, failing loudly when the tree does not fit the
/// model: that is a defect of the service code, never of the request.</summary>
internal static class OutputScalar
{
    public static DateTimeOffset Timestamp(JsonNode node, MemberModel member)
    {
        if (JsonValues.AsString(node) is { } text && TimestampText.TryParse(text, out var parsed))
        {
            return parsed;
        }
        if (JsonValues.TryGetNumber(node, out var seconds) && TimestampText.TryFromEpochSeconds(seconds, out var epoch))
        {
            return epoch;
        }
        throw Mismatch(node, member);
    }

    public static string String(JsonNode node, MemberModel member) =>
        JsonValues.AsString(node) ?? throw Mismatch(node, member);

    public static double Number(JsonNode node, MemberModel member) =>
        JsonValues.TryGetNumber(node, out var number) ? number : throw Mismatch(node, member);

    public static long Integer(JsonNode node, MemberModel member) =>
        JsonValues.TryGetInteger(node, out var integer) ? integer : throw Mismatch(node, member);

    public static bool Boolean(JsonNode node, MemberModel member) =>
        JsonValues.AsBoolean(node) ?? throw Mismatch(node, member);

    /// <summary>The timestamp as text in the member's format; JSON bodies use epoch seconds instead.</summary>
    public static string FormatTimestamp(DateTimeOffset value, string? format) => format switch
    {
        "rfc822" => TimestampText.ToRfc1123(value),
        "unixTimestamp" => TimestampText.ToEpochSeconds(value).ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => TimestampText.ToIso8601(value),
    };

    public static InvalidOperationException Mismatch(JsonNode node, MemberModel member) =>
        new($"Output member {member.Name} holds {node.ToJsonString()}, which does not fit its {member.Shape.Type} shape {member.Shape.Name}.");
}
