using System.Text.Json;
using Rampart.Waf.Engine.Evaluation;

namespace Rampart.Waf.Engine.Compilation;

/// <summary>Compiles RuleAction and DefaultAction: custom request headers (prefixed x-amzn-waf- as AWS WAF inserts
/// them), custom responses with their bodies resolved, and CAPTCHA/Challenge immunity times.</summary>
/// <remarks>Without <paramref name="bodies"/> (checking rules on their own, as CheckCapacity does) body keys are not
/// resolved.</remarks>
internal sealed class ActionCompiler(IReadOnlyDictionary<string, (string ContentType, string Content)>? bodies)
{
    public const string InsertedHeaderPrefix = "x-amzn-waf-";

    public RuleActionSpec Compile(JsonElement action, string field, long captchaImmunity, long challengeImmunity, bool defaultAction = false)
    {
        var (name, body) = Json.Union(action, field, defaultAction ? "DefaultAction" : "Action");
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw Json.Invalid(field, name, $"{name} must be an object");
        }
        var kind = name switch
        {
            "Allow" => WafAction.Allow,
            "Block" => WafAction.Block,
            "Count" when !defaultAction => WafAction.Count,
            "Captcha" when !defaultAction => WafAction.Captcha,
            "Challenge" when !defaultAction => WafAction.Challenge,
            _ => throw Json.Invalid(field, name, "Unknown action"),
        };
        if (kind == WafAction.Block)
        {
            var response = Json.OptionalObject(body, "CustomResponse", "CUSTOM_RESPONSE") is { } custom ? CustomResponse(custom) : null;
            return new RuleActionSpec(kind, [], response, RuleActionSpec.DefaultImmunitySeconds);
        }
        var headers = Json.OptionalObject(body, "CustomRequestHandling", "CUSTOM_REQUEST_HANDLING") is { } handling
            ? Headers(handling, "InsertHeaders", "CUSTOM_REQUEST_HANDLING", prefix: true)
            : [];
        var immunity = kind switch
        {
            WafAction.Captcha => captchaImmunity,
            WafAction.Challenge => challengeImmunity,
            _ => RuleActionSpec.DefaultImmunitySeconds,
        };
        return new RuleActionSpec(kind, headers, null, immunity);
    }

    public static long Immunity(JsonElement owner, string name, long inherited)
    {
        if (Json.OptionalObject(owner, name, name == "CaptchaConfig" ? "RULE" : "CHALLENGE_CONFIG") is not { } config)
        {
            return inherited;
        }
        if (Json.OptionalObject(config, "ImmunityTimeProperty", "CHALLENGE_CONFIG") is not { } property)
        {
            return inherited;
        }
        var seconds = Json.RequiredLong(property, "ImmunityTime", "CHALLENGE_CONFIG");
        return seconds is >= 60 and <= 259200
            ? seconds
            : throw Json.Invalid("CHALLENGE_CONFIG", "ImmunityTime", "ImmunityTime must be 60 to 259200 seconds");
    }

    private WafCustomResponse CustomResponse(JsonElement custom)
    {
        var code = Json.RequiredLong(custom, "ResponseCode", "CUSTOM_RESPONSE");
        if (code is < 200 or > 599)
        {
            throw Json.Invalid("CUSTOM_RESPONSE", "ResponseCode", "ResponseCode must be 200 to 599");
        }
        var key = Json.OptionalString(custom, "CustomResponseBodyKey", "CUSTOM_RESPONSE");
        string? contentType = null;
        string? content = null;
        if (key is not null)
        {
            if (bodies is not null)
            {
                if (!bodies.TryGetValue(key, out var found))
                {
                    throw Json.Invalid("CUSTOM_RESPONSE_BODY", key, "No custom response body has that key");
                }
                (contentType, content) = found;
            }
        }
        var headers = Headers(custom, "ResponseHeaders", "CUSTOM_RESPONSE", prefix: false);
        return new WafCustomResponse((int)code, headers, key, contentType, content);
    }

    private static IReadOnlyList<WafHeader> Headers(JsonElement owner, string member, string field, bool prefix)
    {
        var items = Json.Array(owner, member, field, required: prefix);
        var headers = new List<WafHeader>(items.Count);
        foreach (var item in items)
        {
            var name = Json.RequiredString(item, "Name", field);
            var value = Json.RequiredString(item, "Value", field);
            if (name.Length is < 1 or > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '$' or '-'))
            {
                throw Json.Invalid(field, name, "Header names are 1 to 64 letters, digits, '.', '_', '$' or '-'");
            }
            if (value.Length > 255 || value.Any(c => c is '\r' or '\n'))
            {
                throw Json.Invalid(field, name, "Header values are at most 255 characters on one line");
            }
            headers.Add(new WafHeader(prefix ? InsertedHeaderPrefix + name : name, value));
        }
        return headers;
    }

    /// <summary>CustomResponseBodies of a web ACL or rule group: key to (MIME type, content); null when the definition
    /// has none, so that rules checked apart from their owner (CheckCapacity, a rule group's rules alone) are not
    /// refused for a key only the owner defines.</summary>
    public static Dictionary<string, (string ContentType, string Content)>? Bodies(JsonElement owner)
    {
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        if (Json.OptionalObject(owner, "CustomResponseBodies", "CUSTOM_RESPONSE_BODY") is not { } map)
        {
            return null;
        }
        foreach (var entry in map.EnumerateObject())
        {
            var type = Json.RequiredString(entry.Value, "ContentType", "RESPONSE_CONTENT_TYPE") switch
            {
                "TEXT_PLAIN" => "text/plain",
                "TEXT_HTML" => "text/html",
                "APPLICATION_JSON" => "application/json",
                var other => throw Json.Invalid("RESPONSE_CONTENT_TYPE", other, "Unknown ContentType"),
            };
            result[entry.Name] = (type, Json.RequiredString(entry.Value, "Content", "CUSTOM_RESPONSE_BODY"));
        }
        return result;
    }
}
