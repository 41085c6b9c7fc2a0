using System.Net;
using Rampart.Waf.Engine.Evaluation;

namespace Rampart.Waf.Engine.Statements;

/// <summary>Where an address-based statement takes the address from: the connection's client address, or a header
/// such as X-Forwarded-For (whose first address is used), with a fallback verdict when the header is missing or holds
/// no valid address.</summary>
internal sealed record ForwardedAddress(string HeaderName, bool MatchOnFallback)
{
    public static IPAddress? ParseFirst(string value)
    {
        var comma = value.IndexOf(',');
        var first = (comma < 0 ? value : value[..comma]).Trim();
        return IPAddress.TryParse(first, out var address) ? address : null;
    }

    public IPAddress? Resolve(EvaluationContext context) =>
        context.FirstHeader(HeaderName) is { } value ? ParseFirst(value) : null;
}
