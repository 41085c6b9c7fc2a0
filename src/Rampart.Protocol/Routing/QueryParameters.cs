using System.Net;

namespace Rampart.Protocol.Routing;

/// <summary>Decoded name/value pairs of a query string or an application/x-www-form-urlencoded body,
/// in their original order (a name may repeat).</summary>
public sealed class QueryParameters
{
    private readonly List<KeyValuePair<string, string>> pairs;
    private Dictionary<string, string>? lastByName;

    private QueryParameters(List<KeyValuePair<string, string>> pairs) => this.pairs = pairs;

    public static QueryParameters Empty { get; } = new([]);

    public IReadOnlyList<KeyValuePair<string, string>> Pairs => pairs;

    public static QueryParameters Parse(ReadOnlySpan<char> encoded)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        Add(pairs, encoded);
        return new QueryParameters(pairs);
    }

    /// <summary>Query string and form body together, as Query-protocol services read them.</summary>
    public static QueryParameters Parse(ReadOnlySpan<char> queryString, ReadOnlySpan<char> formBody)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        Add(pairs, queryString);
        Add(pairs, formBody);
        return new QueryParameters(pairs);
    }

    /// <summary>The value of a name; when the name repeats the last value wins.</summary>
    public string? this[string name] => Index().GetValueOrDefault(name);

    public string? First(string name)
    {
        foreach (var (key, value) in pairs)
        {
            if (key == name)
            {
                return value;
            }
        }
        return null;
    }

    public IEnumerable<string> All(string name) => pairs.Where(p => p.Key == name).Select(p => p.Value);

    public bool ContainsPrefix(string prefix) => pairs.Any(p => p.Key.StartsWith(prefix, StringComparison.Ordinal));

    private Dictionary<string, string> Index()
    {
        if (lastByName is null)
        {
            var index = new Dictionary<string, string>(pairs.Count, StringComparer.Ordinal);
            foreach (var (key, value) in pairs)
            {
                index[key] = value;
            }
            lastByName = index;
        }
        return lastByName;
    }

    private static void Add(List<KeyValuePair<string, string>> pairs, ReadOnlySpan<char> encoded)
    {
        foreach (var range in encoded.Split('&'))
        {
            var pair = encoded[range];
            if (pair.IsEmpty)
            {
                continue;
            }
            var equals = pair.IndexOf('=');
            var name = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? [] : pair[(equals + 1)..];
            pairs.Add(new(Decode(name), Decode(value)));
        }
    }

    private static string Decode(ReadOnlySpan<char> text) =>
        text.ContainsAny('%', '+') ? WebUtility.UrlDecode(text.ToString()) : text.ToString();
}
