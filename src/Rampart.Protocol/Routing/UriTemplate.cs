namespace Rampart.Protocol.Routing;

/// <summary>A REST request URI template such as <c>/detector/{detectorId}/findings/get</c> or
/// <c>/tags/{resourceArn+}?tagging</c>, matched against raw request paths.</summary>
internal sealed class UriTemplate
{
    private readonly Segment[] segments;
    private readonly KeyValuePair<string, string?>[] requiredQuery;

    private UriTemplate(Segment[] segments, KeyValuePair<string, string?>[] requiredQuery)
    {
        this.segments = segments;
        this.requiredQuery = requiredQuery;
        LiteralCount = segments.Count(s => s.Label is null);
        HasGreedyLabel = segments.Any(s => s.Greedy);
    }

    /// <summary>How many path segments are literal; templates with more literals are tried first.</summary>
    public int LiteralCount { get; }
    public int RequiredQueryCount => requiredQuery.Length;
    public bool HasGreedyLabel { get; }

    public static UriTemplate Parse(string requestUri)
    {
        var queryStart = requestUri.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? requestUri : requestUri[..queryStart];
        var query = queryStart < 0 ? "" : requestUri[(queryStart + 1)..];
        var segments = SplitPath(path)
            .Select(part => part.StartsWith('{') && part.EndsWith('}')
                ? new Segment(null, part[1..^1].TrimEnd('+'), part.EndsWith("+}", StringComparison.Ordinal))
                : new Segment(part, null, false))
            .ToArray();
        var required = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(kv => new KeyValuePair<string, string?>(kv[0], kv.Length > 1 ? kv[1] : null))
            .ToArray();
        return new UriTemplate(segments, required);
    }

    /// <summary>Matches the segments of a raw (percent-encoded) path; on success returns the decoded label values.
    /// A greedy label is always the last segment in AWS's models and takes the rest of the path.</summary>
    public Dictionary<string, string>? Match(string[] parts, QueryParameters query)
    {
        foreach (var (name, value) in requiredQuery)
        {
            var actual = query.First(name);
            if (actual is null || (value is not null && actual != value))
            {
                return null;
            }
        }
        if (parts.Length < segments.Length || (parts.Length > segments.Length && !HasGreedyLabel))
        {
            return null;
        }
        // Literals first: most templates fail there, before any label is decoded.
        for (var i = 0; i < segments.Length && !segments[i].Greedy; i++)
        {
            if (segments[i].Literal is { } literal && !string.Equals(literal, parts[i], StringComparison.Ordinal))
            {
                return null;
            }
        }
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.Label is null)
            {
                continue;
            }
            var raw = segment.Greedy ? string.Join('/', parts[i..]) : parts[i];
            if (raw.Length == 0)
            {
                return null;
            }
            labels[segment.Label] = Uri.UnescapeDataString(raw);
        }
        return labels;
    }

    public static string[] SplitPath(string path)
    {
        var trimmed = path.Trim('/');
        return trimmed.Length == 0 ? [] : trimmed.Split('/');
    }

    private sealed record Segment(string? Literal, string? Label, bool Greedy);
}
