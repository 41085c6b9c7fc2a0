namespace Rampart.Protocol;

/// <summary>An HTTP request exactly as received, so the signature can be checked over the bytes the client signed.</summary>
/// <param name="Path">The raw request path, still percent-encoded.</param>
/// <param name="QueryString">The raw query string without the leading '?', still percent-encoded.</param>
/// <param name="Headers">Header names as received (any case); a name may repeat.</param>
public sealed record WireRequest(
    string Method,
    string Path,
    string QueryString,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    ReadOnlyMemory<byte> Body)
{
    /// <summary>The first value of a header, compared case-insensitively as HTTP requires.</summary>
    public string? Header(string name)
    {
        foreach (var (key, value) in Headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        return null;
    }
}
