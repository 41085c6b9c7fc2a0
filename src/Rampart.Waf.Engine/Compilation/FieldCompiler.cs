using System.Text.Json;
using Rampart.Waf.Engine.Fields;

namespace Rampart.Waf.Engine.Compilation;

/// <summary>Compiles the FieldToMatch union.</summary>
internal static class FieldCompiler
{
    private const string Field = "FIELD_TO_MATCH";

    public static RequestField Compile(JsonElement fieldToMatch)
    {
        var (name, value) = Json.Union(fieldToMatch, Field, "FieldToMatch");
        return name switch
        {
            "UriPath" => new UriPathField(),
            "QueryString" => new QueryStringField(),
            "Method" => new MethodField(),
            "AllQueryArguments" => new AllQueryArgumentsField(),
            "SingleHeader" => new SingleHeaderField(DataName(value, "SINGLE_HEADER")),
            "SingleQueryArgument" => new SingleQueryArgumentField(DataName(value, "SINGLE_QUERY_ARGUMENT")),
            "Body" => new BodyField(Oversize(value, required: false)),
            "JsonBody" => CompileJsonBody(value),
            "Headers" => CompilePairs(value, cookies: false),
            "Cookies" => CompilePairs(value, cookies: true),
            "HeaderOrder" => new HeaderOrderField(Oversize(value, required: true)),
            "JA3Fingerprint" => new OptionalValueField(r => r.Ja3Fingerprint, Fallback(value, required: true)),
            "JA4Fingerprint" => new OptionalValueField(r => r.Ja4Fingerprint, Fallback(value, required: true)),
            "UriFragment" => new OptionalValueField(r => r.UriFragment, Fallback(value, required: false)),
            _ => throw Json.Invalid(Field, name, "Unknown field to match"),
        };
    }

    /// <summary>Whether the field is JSON body or all query arguments, which change a statement's WCUs.</summary>
    public static string Kind(JsonElement fieldToMatch) => Json.Union(fieldToMatch, Field, "FieldToMatch").Name;

    private static string DataName(JsonElement value, string field)
    {
        var name = Json.RequiredString(value, "Name", field);
        return name.Length is >= 1 and <= 64 && !string.IsNullOrWhiteSpace(name)
            ? name
            : throw Json.Invalid(field, "Name", "Name must be 1 to 64 characters and not blank");
    }

    public static OversizeHandling Oversize(JsonElement value, bool required)
    {
        var text = required
            ? Json.RequiredString(value, "OversizeHandling", "OVERSIZE_HANDLING")
            : Json.OptionalString(value, "OversizeHandling", "OVERSIZE_HANDLING") ?? "CONTINUE";
        return text switch
        {
            "CONTINUE" => OversizeHandling.Continue,
            "MATCH" => OversizeHandling.Match,
            "NO_MATCH" => OversizeHandling.NoMatch,
            _ => throw Json.Invalid("OVERSIZE_HANDLING", text, "Unknown OversizeHandling"),
        };
    }

    public static bool Fallback(JsonElement value, bool required)
    {
        var text = required
            ? Json.RequiredString(value, "FallbackBehavior", "FALLBACK_BEHAVIOR")
            : Json.OptionalString(value, "FallbackBehavior", "FALLBACK_BEHAVIOR") ?? "NO_MATCH";
        return text switch
        {
            "MATCH" => true,
            "NO_MATCH" => false,
            _ => throw Json.Invalid("FALLBACK_BEHAVIOR", text, "Unknown FallbackBehavior"),
        };
    }

    private static MapMatchScope Scope(JsonElement value, string field)
    {
        var text = Json.RequiredString(value, "MatchScope", field);
        return text switch
        {
            "ALL" => MapMatchScope.All,
            "KEY" => MapMatchScope.Key,
            "VALUE" => MapMatchScope.Value,
            _ => throw Json.Invalid(field, text, "Unknown MatchScope"),
        };
    }

    private static RequestField CompilePairs(JsonElement value, bool cookies)
    {
        var patternField = cookies ? "COOKIE_MATCH_PATTERN" : "HEADER_MATCH_PATTERN";
        var pattern = Json.RequiredObject(value, "MatchPattern", patternField);
        var (kind, list) = Json.Union(pattern, patternField, "MatchPattern");
        var comparer = cookies ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        HashSet<string>? included = null;
        HashSet<string>? excluded = null;
        switch (kind)
        {
            case "All":
                break;
            case "IncludedHeaders" or "IncludedCookies":
                included = new HashSet<string>(Names(list, patternField), comparer);
                break;
            case "ExcludedHeaders" or "ExcludedCookies":
                excluded = new HashSet<string>(Names(list, patternField), comparer);
                break;
            default:
                throw Json.Invalid(patternField, kind, "Unknown MatchPattern member");
        }
        return new NamedPairsField(cookies, included, excluded, Scope(value, "MAP_MATCH_SCOPE"), Oversize(value, required: true));
    }

    private static IEnumerable<string> Names(JsonElement list, string field)
    {
        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() is < 1 or > 199)
        {
            throw Json.Invalid(field, "MatchPattern", "The list of names must hold 1 to 199 names");
        }
        foreach (var item in list.EnumerateArray())
        {
            yield return item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Json.Invalid(field, "MatchPattern", "Names must be strings");
        }
    }

    private static RequestField CompileJsonBody(JsonElement value)
    {
        var pattern = Json.RequiredObject(value, "MatchPattern", "JSON_MATCH_PATTERN");
        var (kind, member) = Json.Union(pattern, "JSON_MATCH_PATTERN", "MatchPattern");
        List<string>? paths = null;
        if (kind == "IncludedPaths")
        {
            if (member.ValueKind != JsonValueKind.Array || member.GetArrayLength() == 0)
            {
                throw Json.Invalid("JSON_MATCH_PATTERN", "IncludedPaths", "IncludedPaths must hold at least one JSON Pointer");
            }
            paths = [];
            foreach (var item in member.EnumerateArray())
            {
                var path = item.ValueKind == JsonValueKind.String ? item.GetString()! : "";
                if (!path.StartsWith('/'))
                {
                    throw Json.Invalid("JSON_MATCH_PATTERN", path, "IncludedPaths must be JSON Pointers starting with /");
                }
                paths.Add(path == "/" ? "" : path);
            }
            if (paths.Contains(""))
            {
                paths = null;
            }
        }
        else if (kind != "All")
        {
            throw Json.Invalid("JSON_MATCH_PATTERN", kind, "Unknown MatchPattern member");
        }
        var fallbackText = Json.OptionalString(value, "InvalidFallbackBehavior", "BODY_PARSING_FALLBACK_BEHAVIOR");
        var fallback = fallbackText switch
        {
            null => JsonInvalidFallback.InspectParsed,
            "MATCH" => JsonInvalidFallback.Match,
            "NO_MATCH" => JsonInvalidFallback.NoMatch,
            "EVALUATE_AS_STRING" => JsonInvalidFallback.EvaluateAsString,
            _ => throw Json.Invalid("BODY_PARSING_FALLBACK_BEHAVIOR", fallbackText, "Unknown InvalidFallbackBehavior"),
        };
        return new JsonBodyField(paths, Scope(value, "JSON_MATCH_SCOPE"), fallback, Oversize(value, required: false));
    }
}
