using System.Globalization;
using System.Text.Json.Nodes;
using Rampart.Protocol.Models;
using Rampart.Protocol.Validation;

namespace Rampart.Protocol.Decoders;

/// <summary>Reads a scalar that arrived as text (Query parameters, URI labels, query strings, headers) into the
/// decoded tree's form: numbers and booleans as JSON values, timestamps as ISO 8601, blobs as base64.</summary>
internal static class WireScalar
{
    /// <summary>The decoded value, or a violation naming what the text should have been.</summary>
    public static JsonNode? Read(string text, MemberModel member, string path, out ConstraintViolation? violation)
    {
        violation = null;
        var shape = member.Shape;
        switch (shape.Type)
        {
            case ShapeType.String:
                return JsonValue.Create(text);
            case ShapeType.Integer when int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i):
                return JsonValue.Create(i);
            case ShapeType.Long when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l):
                return JsonValue.Create(l);
            case ShapeType.Double or ShapeType.Float
                when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d):
                return JsonValue.Create(d);
            case ShapeType.Boolean when bool.TryParse(text, out var b):
                return JsonValue.Create(b);
            case ShapeType.Timestamp when TimestampText.TryParse(text, out var t):
                return JsonValue.Create(TimestampText.ToIso8601(t));
            case ShapeType.Blob when IsBase64(text):
                return JsonValue.Create(text);
        }
        violation = new ConstraintViolation(path, member.Sensitive ? null : $"'{text}'", Expectation(shape.Type), ConstraintKind.Type);
        return null;
    }

    /// <summary>Whether <see cref="Convert.FromBase64String"/> decodes the text. The vectorized check accepts no
    /// text that decoder refuses, but it also refuses nonzero bits after the last byte, which the decoder ignores.</summary>
    public static bool IsBase64(string text)
    {
        if (System.Buffers.Text.Base64.IsValid(text))
        {
            return true;
        }
        var buffer = text.Length <= 1024 ? stackalloc byte[text.Length] : new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out _);
    }

    private static string Expectation(ShapeType type) => type switch
    {
        ShapeType.Integer => "Member must be an integer",
        ShapeType.Long => "Member must be a long integer",
        ShapeType.Double or ShapeType.Float => "Member must be a number",
        ShapeType.Boolean => "Member must be true or false",
        ShapeType.Timestamp => "Member must be a timestamp (ISO 8601)",
        ShapeType.Blob => "Member must be base64-encoded",
        _ => "Member must be a scalar value",
    };
}
