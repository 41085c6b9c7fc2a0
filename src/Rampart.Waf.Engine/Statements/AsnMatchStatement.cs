using Rampart.Waf.Engine.Evaluation;

namespace Rampart.Waf.Engine.Statements;

/// <summary>Matches the autonomous system number of the client (or forwarded) address.</summary>
internal sealed class AsnMatchStatement(IReadOnlySet<long> numbers, ForwardedAddress? forwarded) : Statement
{
    public override bool Matches(EvaluationContext context)
    {
        var address = forwarded is null ? context.Request.ClientIp : forwarded.Resolve(context);
        if (address is null)
        {
            return forwarded!.MatchOnFallback;
        }
        return context.Runtime.Geo?.Locate(address)?.Asn is { } asn && numbers.Contains(asn);
    }
}
