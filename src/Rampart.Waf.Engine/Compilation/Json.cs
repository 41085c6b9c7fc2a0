using System.Text.Json;

namespace Rampart.Waf.Engine.Compilation;

/// <summary>Reads the WAFv2 wire shapes, turning every missing or mistyped member into a
/// <see cref="WafDefinitionException"/> so no JSON exception escapes compilation.</summary>
internal static class Json
{
    public static WafDefinitionException Invalid(string field, string parameter, string reason) =>
        new(WafDefinitionException.InvalidParameter, $"Error reason: {reason}, field: {field}, parameter: {parameter}",
            field, parameter);

    public static bool Has(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    public static JsonElement? Optional(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null
            ? v
            : null;

    public static JsonElement RequiredObject(JsonElement obj, string name, string field)
    {
        var value = Optional(obj, name) ?? throw Invalid(field, name, $"{name} is required");
        return value.ValueKind == JsonValueKind.Object ? value : throw Invalid(field, name, $"{name} must be an object");
    }

    public static JsonElement? OptionalObject(JsonElement obj, string name, string field)
    {
        var value = Optional(obj, name);
        if (value is { } v && v.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(field, name, $"{name} must be an object");
        }
        return value;
    }

    public static string RequiredString(JsonElement obj, string name, string field)
    {
        var value = Optional(obj, name) ?? throw Invalid(field, name, $"{name} is required");
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw Invalid(field, name, $"{name} must be a string");
    }

    public static string? OptionalString(JsonElement obj, string name, string field)
    {
        var value = Optional(obj, name);
        if (value is not { } v)
        {
            return null;
        }
        return v.ValueKind == JsonValueKind.String ? v.GetString() : throw Invalid(field, name, $"{name} must be a string");
    }

    public static long RequiredLong(JsonElement obj, string name, string field) =>
        OptionalLong(obj, name, field) ?? throw Invalid(field, name, $"{name} is required");

    public static long? OptionalLong(JsonElement obj, string name, string field)
    {
        var value = Optional(obj, name);
        if (value is not { } v)
        {
            return null;
        }
        return v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n)
            ? n
            : throw Invalid(field, name, $"{name} must be an integer");
    }

    public static IReadOnlyList<JsonElement> Array(JsonElement obj, string name, string field, bool required)
    {
        var value = Optional(obj, name);
        if (value is not { } v)
        {
            return required ? throw Invalid(field, name, $"{name} is required") : [];
        }
        if (v.ValueKind != JsonValueKind.Array)
        {
            throw Invalid(field, name, $"{name} must be a list");
        }
        var items = new List<JsonElement>(v.GetArrayLength());
        foreach (var item in v.EnumerateArray())
        {
            items.Add(item);
        }
        return items;
    }

    public static IReadOnlyList<string> StringArray(JsonElement obj, string name, string field, bool required)
    {
        var items = Array(obj, name, field, required);
        var strings = new List<string>(items.Count);
        foreach (var item in items)
        {
            strings.Add(item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw Invalid(field, name, $"{name} must hold strings"));
        }
        return strings;
    }

    /// <summary>An enum value by its exact model name (no numbers, no case folding).</summary>
    public static bool TryEnum<T>(string text, out T value) where T : struct, Enum
    {
        value = default;
        return System.Array.IndexOf(Enum.GetNames<T>(), text) >= 0 && Enum.TryParse(text, false, out value);
    }

    /// <summary>The one member set in a union shape (Statement, FieldToMatch, RuleAction, ...).</summary>
    public static (string Name, JsonElement Value) Union(JsonElement obj, string field, string what)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(field, what, $"{what} must be an object");
        }
        (string, JsonElement)? found = null;
        foreach (var member in obj.EnumerateObject())
        {
            if (member.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }
            if (found is not null)
            {
                throw Invalid(field, member.Name, $"{what} must set exactly one member");
            }
            found = (member.Name, member.Value);
        }
        return found ?? throw Invalid(field, what, $"{what} must set exactly one member");
    }

    /// <summary>Unwraps a Get operation's output ({"IPSet": {...}, "LockToken": ...}) to the inner resource.</summary>
    public static JsonElement Unwrap(JsonElement element, string wrapper) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(wrapper, out var inner) &&
        inner.ValueKind == JsonValueKind.Object
            ? inner
            : element;
}
