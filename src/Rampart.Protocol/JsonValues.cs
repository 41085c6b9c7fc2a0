using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rampart.Protocol;

/// <summary>Reads scalars out of JsonValue nodes whatever backs them (a parsed element or a CLR primitive):
/// JsonValue.GetValue does not convert between numeric types.</summary>
internal static class JsonValues
{
    public static bool TryGetNumber(JsonNode node, out double number)
    {
        number = 0;
        if (node is not JsonValue value)
        {
            return false;
        }
        if (value.TryGetValue(out JsonElement element))
        {
            return element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out number);
        }
        if (value.TryGetValue(out double d)) { number = d; return true; }
        if (value.TryGetValue(out long l)) { number = l; return true; }
        if (value.TryGetValue(out int i)) { number = i; return true; }
        if (value.TryGetValue(out float f)) { number = f; return true; }
        if (value.TryGetValue(out decimal m)) { number = (double)m; return true; }
        if (value.TryGetValue(out short s)) { number = s; return true; }
        if (value.TryGetValue(out uint ui)) { number = ui; return true; }
        if (value.TryGetValue(out ulong ul)) { number = ul; return true; }
        return false;
    }

    /// <summary>An integral number exactly, without passing through double (longs beyond 2^53 stay exact).</summary>
    public static bool TryGetInteger(JsonNode node, out long integer)
    {
        integer = 0;
        if (node is not JsonValue value)
        {
            return false;
        }
        if (value.TryGetValue(out JsonElement element))
        {
            return element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out integer);
        }
        if (value.TryGetValue(out long l)) { integer = l; return true; }
        if (value.TryGetValue(out int i)) { integer = i; return true; }
        if (value.TryGetValue(out short s)) { integer = s; return true; }
        if (value.TryGetValue(out uint ui)) { integer = ui; return true; }
        if (TryGetNumber(node, out var number) && number == Math.Floor(number) && Math.Abs(number) < 9.2e18)
        {
            integer = (long)number;
            return true;
        }
        return false;
    }

    public static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static bool? AsBoolean(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
