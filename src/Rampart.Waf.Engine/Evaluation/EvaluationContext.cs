using System.Text;
using System.Text.Json;
using Rampart.Waf.Engine.Transformations;

namespace Rampart.Waf.Engine.Evaluation;

/// <summary>One request's evaluation: the request, the runtime, the labels added so far and what has been derived
/// from the request once (query arguments, cookies, the body as text, the parsed JSON body, transformed values).</summary>
internal sealed class EvaluationContext(WafRequest request, WafRuntime runtime)
{
    private List<KeyValuePair<string, string>>? queryArguments;
    private List<WafHeader>? cookies;
    private IReadOnlyList<WafHeader>? headers;
    private string? bodyText;
    private bool? headersOversize;
    private bool? cookiesOversize;
    private JsonBodyView? jsonBody;
    private Dictionary<(int, string), string>? transformed;

    // Values come from strings the context derives once (headers, arguments, body), so a transformed value is found by
    // the identity of its source string rather than by hashing up to 8 KB of text again for every statement.
    private sealed class SiteAndInstance : IEqualityComparer<(int Site, string Value)>
    {
        public static SiteAndInstance Instance { get; } = new();

        public bool Equals((int Site, string Value) x, (int Site, string Value) y) =>
            x.Site == y.Site && ReferenceEquals(x.Value, y.Value);

        public int GetHashCode((int Site, string Value) key) =>
            HashCode.Combine(key.Site, System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Value));
    }

    public WafRequest Request { get; } = request;

    public WafRuntime Runtime { get; } = runtime;

    public DateTimeOffset Now { get; } = runtime.Clock.GetUtcNow();

    public long NowSeconds => Now.ToUnixTimeSeconds();

    public List<string> Labels { get; } = [];

    /// <summary>Labels a statement adds as it evaluates; they join <see cref="Labels"/> when its rule is done, so only
    /// later rules see them.</summary>
    public List<string> PendingLabels { get; } = [];

    public void AddPendingLabel(string label)
    {
        if (!PendingLabels.Contains(label) && !Labels.Contains(label))
        {
            PendingLabels.Add(label);
        }
    }

    public void CommitPendingLabels()
    {
        Labels.AddRange(PendingLabels);
        PendingLabels.Clear();
    }


    /// <summary>The header names and values as byte strings, in order.</summary>
    public IReadOnlyList<WafHeader> Headers => headers ??= ByteStrings(Request.Headers);

    public bool HeadersOversize => headersOversize ??= Oversize(Headers, 4);

    public string? FirstHeader(string name)
    {
        foreach (var header in Headers)
        {
            if (string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }
        return null;
    }

    /// <summary>Query arguments in order as (name, value), still URL-encoded as AWS WAF inspects them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> QueryArguments => queryArguments ??= ParseQuery(Request.QueryString);

    public IReadOnlyList<WafHeader> Cookies => cookies ??= ParseCookies(Headers);

    public bool CookiesOversize => cookiesOversize ??= Oversize(Cookies, 2);

    /// <summary>The inspected part of the body as a byte string.</summary>
    public string BodyText => bodyText ??= Encoding.Latin1.GetString(
        Request.Body.Span[..Math.Min(Request.Body.Length, WafInspectionLimits.Body)]);

    public bool BodyOversize => Math.Max(Request.BodyLength, Request.Body.Length) > WafInspectionLimits.Body;

    public JsonBodyView JsonBody => jsonBody ??= JsonBodyView.Parse(Request.Body.Span[..Math.Min(Request.Body.Length, WafInspectionLimits.Body)]);

    /// <summary>A value transformed by a chain, computed once per request for each inspection site.</summary>
    public string Transform(int site, string value, TransformationChain chain)
    {
        if (chain.Steps.Count == 0)
        {
            return value;
        }
        transformed ??= new Dictionary<(int, string), string>(16, SiteAndInstance.Instance);
        if (!transformed.TryGetValue((site, value), out var result))
        {
            result = chain.Apply(value);
            transformed[(site, value)] = result;
        }
        return result;
    }

    // Each pair counts its name, value and separators ("Name: value\r\n" or "name=value; ").
    private static bool Oversize(IReadOnlyList<WafHeader> pairs, int separatorBytes)
    {
        var total = 0L;
        foreach (var pair in pairs)
        {
            total += pair.Name.Length + pair.Value.Length + separatorBytes;
        }
        return pairs.Count > WafInspectionLimits.HeadersOrCookiesCount || total > WafInspectionLimits.HeadersOrCookiesBytes;
    }

    private static IReadOnlyList<WafHeader> ByteStrings(IReadOnlyList<WafHeader> source)
    {
        var convert = false;
        for (var i = 0; i < source.Count && !convert; i++)
        {
            convert = !IsByteString(source[i].Name) || !IsByteString(source[i].Value);
        }
        if (!convert)
        {
            return source;
        }
        var list = new List<WafHeader>(source.Count);
        foreach (var header in source)
        {
            list.Add(new WafHeader(TextTransformations.ToByteString(header.Name), TextTransformations.ToByteString(header.Value)));
        }
        return list;
    }

    private static bool IsByteString(string text) => !text.AsSpan().ContainsAnyExceptInRange('\0', (char)0xFF);

    private static List<KeyValuePair<string, string>> ParseQuery(string query)
    {
        var list = new List<KeyValuePair<string, string>>();
        foreach (var part in TextTransformations.ToByteString(query).Split('&'))
        {
            if (part.Length == 0)
            {
                continue;
            }
            var equals = part.IndexOf('=');
            list.Add(equals < 0 ? new(part, "") : new(part[..equals], part[(equals + 1)..]));
        }
        return list;
    }

    private static List<WafHeader> ParseCookies(IReadOnlyList<WafHeader> headers)
    {
        var list = new List<WafHeader>();
        foreach (var header in headers)
        {
            if (!string.Equals(header.Name, "cookie", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            foreach (var part in header.Value.Split(';'))
            {
                var trimmed = part.Trim(' ', '\t');
                if (trimmed.Length == 0)
                {
                    continue;
                }
                var equals = trimmed.IndexOf('=');
                list.Add(equals < 0 ? new WafHeader(trimmed, "") : new WafHeader(trimmed[..equals], trimmed[(equals + 1)..]));
            }
        }
        return list;
    }
}
