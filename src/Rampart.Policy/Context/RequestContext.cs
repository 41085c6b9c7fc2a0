using System.Globalization;

namespace Rampart.Policy;

/// <summary>The request's context keys (case-insensitive). Build it once per request; evaluation only reads it.
/// Principal-derived keys (<c>aws:username</c>, <c>aws:userid</c>, <c>aws:PrincipalArn</c>, <c>aws:PrincipalAccount</c>,
/// <c>aws:PrincipalType</c>, <c>aws:PrincipalIsAWSService</c>, <c>aws:PrincipalServiceName</c>) are derived from the
/// request's <see cref="PrincipalInfo"/> when not set here.</summary>
public sealed class RequestContext
{
    private readonly Dictionary<string, ContextValue> values = new(StringComparer.OrdinalIgnoreCase);

    public int Count => values.Count;

    public IEnumerable<string> Keys => values.Keys;

    public RequestContext Set(string key, string value)
    {
        values[key] = ContextValue.Single(value);
        return this;
    }

    public RequestContext Set(string key, bool value) => Set(key, value ? "true" : "false");

    public RequestContext Set(string key, long value) => Set(key, value.ToString(CultureInfo.InvariantCulture));

    public RequestContext Set(string key, IEnumerable<string> multipleValues)
    {
        values[key] = ContextValue.Multiple(multipleValues);
        return this;
    }

    public RequestContext Set(string key, ContextValue value)
    {
        values[key] = value;
        return this;
    }

    public bool TryGetValue(string key, out ContextValue value) => values.TryGetValue(key, out value);

    public bool ContainsKey(string key) => values.ContainsKey(key);
}
