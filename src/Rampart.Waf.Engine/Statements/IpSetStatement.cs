using System.Net;
using Rampart.Waf.Engine.Addresses;
using Rampart.Waf.Engine.Evaluation;

namespace Rampart.Waf.Engine.Statements;

internal enum ForwardedPosition
{
    FIRST,
    LAST,
    ANY,
}

/// <summary>An IP set reference: the client address, or the forwarded addresses at the configured position (the last
/// ten at most for ANY), looked up in the set.</summary>
internal sealed class IpSetStatement(IpRangeSet set, string? headerName, bool matchOnFallback, ForwardedPosition position)
    : Statement
{
    private const int MaxForwardedAddresses = 10;

    public override bool Matches(EvaluationContext context)
    {
        if (headerName is null)
        {
            return set.Contains(context.Request.ClientIp);
        }
        if (context.FirstHeader(headerName) is not { } value)
        {
            return matchOnFallback;
        }
        var parts = value.Split(',', StringSplitOptions.TrimEntries);
        switch (position)
        {
            case ForwardedPosition.FIRST:
                return IPAddress.TryParse(parts[0], out var first) ? set.Contains(first) : matchOnFallback;
            case ForwardedPosition.LAST:
                return IPAddress.TryParse(parts[^1], out var last) ? set.Contains(last) : matchOnFallback;
            default:
                var any = false;
                for (var i = Math.Max(0, parts.Length - MaxForwardedAddresses); i < parts.Length; i++)
                {
                    if (!IPAddress.TryParse(parts[i], out var address))
                    {
                        return matchOnFallback;
                    }
                    any |= set.Contains(address);
                }
                return any;
        }
    }
}
