using Rampart.Waf.Engine;

namespace Rampart.Waf.Gateway;

/// <summary>The headers the web ACL's verdict inserts into the forwarded request, handed to the transformer through
/// the request's Items.</summary>
public sealed record InsertedHeaders(IReadOnlyList<WafHeader> Headers)
{
    public static readonly object Key = typeof(InsertedHeaders);
}
