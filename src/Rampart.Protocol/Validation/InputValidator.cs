using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Rampart.Protocol.Models;

namespace Rampart.Protocol.Validation;

/// <summary>Checks a decoded input tree against the model's constraints as AWS's front ends do: required
/// members, length and value ranges, enum value sets and patterns.</summary>
public static class InputValidator
{
    public static IReadOnlyList<ConstraintViolation> Validate(JsonObject input, Shape shape)
    {
        var violations = new List<ConstraintViolation>();
        ValidateStructure(input, shape, "", violations);
        return violations;
    }

    private static void ValidateStructure(JsonObject value, Shape shape, string path, List<ConstraintViolation> violations)
    {
        foreach (var member in shape.Members)
        {
            var memberPath = path.Length == 0 ? member.ValidationName : path + "." + member.ValidationName;
            var memberValue = value[member.Name];
            if (memberValue is null)
            {
                if (member.IsRequired)
                {
                    violations.Add(new ConstraintViolation(memberPath, "null", "Member must not be null", ConstraintKind.Required));
                }
                continue;
            }
            ValidateValue(memberValue, member, memberPath, violations);
        }
    }

    private static void ValidateValue(JsonNode value, MemberModel member, string path, List<ConstraintViolation> violations)
    {
        var shape = member.Shape;
        if (shape.IsDocument)
        {
            return;
        }
        switch (shape.Type)
        {
            case ShapeType.Structure when value is JsonObject structure:
                ValidateStructure(structure, shape, path, violations);
                return;
            case ShapeType.List when value is JsonArray list:
                CheckLength(list.Count, Show(value, member), shape, path, violations);
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is { } item)
                    {
                        ValidateValue(item, shape.ListMember!, $"{path}.{i + 1}.member", violations);
                    }
                }
                return;
            case ShapeType.Map when value is JsonObject map:
                CheckLength(map.Count, Show(value, member), shape, path, violations);
                foreach (var (key, item) in map)
                {
                    if (shape.MapKey is { } keyMember)
                    {
                        ValidateString(key, keyMember, $"{path}.key", violations);
                    }
                    if (item is not null)
                    {
                        ValidateValue(item, shape.MapValue!, $"{path}.{key}", violations);
                    }
                }
                return;
            case ShapeType.String when value is JsonValue text && text.GetValueKind() == JsonValueKind.String:
                ValidateString(text.GetValue<string>(), member, path, violations);
                return;
            case ShapeType.Blob when value is JsonValue blob && blob.GetValueKind() == JsonValueKind.String:
                CheckLength(Base64Length(blob.GetValue<string>()), null, shape, path, violations);
                return;
            case ShapeType.Integer or ShapeType.Long or ShapeType.Double or ShapeType.Float
                when value is JsonValue number && number.GetValueKind() == JsonValueKind.Number:
                if (JsonValues.TryGetNumber(number, out var n))
                {
                    CheckRange(n, Show(value, member), shape, path, violations);
                }
                return;
        }
    }

    private static void ValidateString(string text, MemberModel member, string path, List<ConstraintViolation> violations)
    {
        var shape = member.Shape;
        var shown = member.Sensitive ? null : $"'{text}'";
        CheckLength(text.Length, shown, shape, path, violations);
        if (shape.EnumValues is { Count: > 0 } values && !values.Contains(text, StringComparer.Ordinal))
        {
            violations.Add(new ConstraintViolation(path, shown, $"Member must satisfy enum value set: [{string.Join(", ", values)}]", ConstraintKind.Enum));
        }
        if (shape.PatternRegex is { } pattern && !Matches(pattern, text))
        {
            violations.Add(new ConstraintViolation(path, shown, $"Member must satisfy regular expression pattern: {shape.Pattern}", ConstraintKind.Pattern));
        }
    }

    private static bool Matches(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static void CheckLength(long length, string? shown, Shape shape, string path, List<ConstraintViolation> violations)
    {
        if (shape.Min is { } min && length < min)
        {
            violations.Add(new ConstraintViolation(path, shown, $"Member must have length greater than or equal to {Format(min)}", ConstraintKind.MinLength));
        }
        if (shape.Max is { } max && length > max)
        {
            violations.Add(new ConstraintViolation(path, shown, $"Member must have length less than or equal to {Format(max)}", ConstraintKind.MaxLength));
        }
    }

    private static void CheckRange(double number, string? shown, Shape shape, string path, List<ConstraintViolation> violations)
    {
        if (shape.Min is { } min && number < min)
        {
            violations.Add(new ConstraintViolation(path, shown, $"Member must have value greater than or equal to {Format(min)}", ConstraintKind.MinValue));
        }
        if (shape.Max is { } max && number > max)
        {
            violations.Add(new ConstraintViolation(path, shown, $"Member must have value less than or equal to {Format(max)}", ConstraintKind.MaxValue));
        }
    }

    private static long Base64Length(string base64)
    {
        var padding = base64.EndsWith("==", StringComparison.Ordinal) ? 2 : base64.EndsWith('=') ? 1 : 0;
        return base64.Length / 4 * 3 - padding;
    }

    /// <summary>The value as AWS's messages quote it: Java's rendering, lists as [a, b].</summary>
    private static string? Show(JsonNode value, MemberModel member)
    {
        if (member.Sensitive)
        {
            return null;
        }
        return "'" + Render(value) + "'";
    }

    private static string Render(JsonNode? value) => value switch
    {
        null => "null",
        JsonArray list => "[" + string.Join(", ", list.Select(Render)) + "]",
        JsonObject map => "{" + string.Join(", ", map.Select(e => e.Key + "=" + Render(e.Value))) + "}",
        JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String => scalar.GetValue<string>(),
        _ => value.ToJsonString(),
    };

    private static string Format(double bound) => bound.ToString(CultureInfo.InvariantCulture);
}
