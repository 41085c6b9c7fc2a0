using System.Text.Json;
using Rampart.Waf.Engine.Statements;
using Rampart.Waf.Engine.Transformations;

namespace Rampart.Waf.Engine.Compilation;

internal static class RateBasedCompiler
{
    private const string Field = "RATE_BASED_STATEMENT";

    public static RateBasedStatement Compile(JsonElement body, string instanceName, StatementCompiler statements)
    {
        var limit = Json.RequiredLong(body, "Limit", Field);
        if (limit is < 10 or > 2_000_000_000)
        {
            throw Json.Invalid(Field, "Limit", "Limit must be 10 to 2,000,000,000");
        }
        var window = Json.OptionalLong(body, "EvaluationWindowSec", Field) ?? 300;
        if (window is not (60 or 120 or 300 or 600))
        {
            throw Json.Invalid(Field, "EvaluationWindowSec", "EvaluationWindowSec must be 60, 120, 300 or 600");
        }
        var scopeDown = Json.OptionalObject(body, "ScopeDownStatement", "SCOPE_DOWN") is { } scope ? statements.Compile(scope, 1) : null;
        var aggregate = Json.RequiredString(body, "AggregateKeyType", Field);
        var forwarded = StatementCompiler.Forwarded(body);
        var hasCustomKeys = Json.Has(body, "CustomKeys");
        RateKeyPart[] parts;
        switch (aggregate)
        {
            case "IP":
                parts = [new ClientIpKey()];
                break;
            case "CONSTANT":
                if (scopeDown is null)
                {
                    throw Json.Invalid(Field, "ScopeDownStatement", "AggregateKeyType CONSTANT requires a ScopeDownStatement");
                }
                parts = [new ConstantKey()];
                break;
            case "FORWARDED_IP":
                if (forwarded is null)
                {
                    throw Json.Invalid("FORWARDED_IP_CONFIG", "ForwardedIPConfig", "AggregateKeyType FORWARDED_IP requires a ForwardedIPConfig");
                }
                parts = [new ForwardedIpKey(forwarded.HeaderName)];
                break;
            case "CUSTOM_KEYS":
                parts = CustomKeys(body, forwarded);
                break;
            default:
                throw Json.Invalid(Field, aggregate, "Unknown AggregateKeyType");
        }
        if (aggregate != "CUSTOM_KEYS" && hasCustomKeys)
        {
            throw Json.Invalid("CUSTOM_KEYS", "CustomKeys", "CustomKeys is only allowed with AggregateKeyType CUSTOM_KEYS");
        }
        return new RateBasedStatement(instanceName, body.GetRawText(), window, limit, scopeDown, parts,
            forwarded?.MatchOnFallback ?? false);
    }

    private static RateKeyPart[] CustomKeys(JsonElement body, Statements.ForwardedAddress? forwarded)
    {
        var keys = Json.Array(body, "CustomKeys", "CUSTOM_KEYS", required: true);
        if (keys.Count is < 1 or > 5)
        {
            throw Json.Invalid("CUSTOM_KEYS", "CustomKeys", "A rate-based statement takes 1 to 5 custom keys");
        }
        var parts = new List<RateKeyPart>();
        foreach (var key in keys)
        {
            var (name, value) = Json.Union(key, "CUSTOM_KEYS", "CustomKey");
            parts.Add(name switch
            {
                "IP" => new ClientIpKey(),
                "ForwardedIP" => forwarded is null
                    ? throw Json.Invalid("FORWARDED_IP_CONFIG", "ForwardedIPConfig", "A ForwardedIP key requires a ForwardedIPConfig")
                    : new ForwardedIpKey(forwarded.HeaderName),
                "HTTPMethod" => new MethodKey(),
                "Header" => Named(value, (context, n) => context.FirstHeader(n)),
                "Cookie" => Named(value, (context, n) => context.Cookies.FirstOrDefault(c => c.Name == n).Value),
                "QueryArgument" => Named(value, (context, n) =>
                    context.QueryArguments.FirstOrDefault(a => string.Equals(a.Key, n, StringComparison.OrdinalIgnoreCase)).Value),
                "QueryString" => new TransformedKey(context => context.Request.QueryString.Length == 0 ? null : context.Request.QueryString, Chain(value)),
                "UriPath" => new TransformedKey(context => context.Request.UriPath, Chain(value)),
                "LabelNamespace" => LabelNamespace(value),
                "JA3Fingerprint" => new FingerprintKey(r => r.Ja3Fingerprint, FieldCompiler.Fallback(value, required: true)),
                "JA4Fingerprint" => new FingerprintKey(r => r.Ja4Fingerprint, FieldCompiler.Fallback(value, required: true)),
                "ASN" => new AsnKey(),
                _ => throw Json.Invalid("CUSTOM_KEYS", name, "Unknown custom key"),
            });
        }
        return parts.ToArray();
    }

    private static TransformedKey Named(JsonElement value, Func<Evaluation.EvaluationContext, string, string?> read)
    {
        var name = Json.RequiredString(value, "Name", "CUSTOM_KEYS");
        if (name.Length is < 1 or > 64 || string.IsNullOrWhiteSpace(name))
        {
            throw Json.Invalid("CUSTOM_KEYS", "Name", "Name must be 1 to 64 characters and not blank");
        }
        return new TransformedKey(context => read(context, name), Chain(value));
    }

    private static TransformationChain Chain(JsonElement value) => new(TransformationCompiler.Parse(value, required: true));

    private static LabelNamespaceKey LabelNamespace(JsonElement value)
    {
        var ns = Json.RequiredString(value, "Namespace", "CUSTOM_KEYS");
        if (!ns.EndsWith(':') || ns.Length < 2)
        {
            throw Json.Invalid("CUSTOM_KEYS", ns, "A label namespace ends with ':'");
        }
        return new LabelNamespaceKey(ns);
    }
}
