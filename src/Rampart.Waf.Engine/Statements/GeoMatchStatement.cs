using Rampart.Waf.Engine.Evaluation;

namespace Rampart.Waf.Engine.Statements;

/// <summary>Matches the country of the client (or forwarded) address. As AWS WAF does, evaluating it labels the request
/// with the country and region it found (awswaf:clientip:geo:country:US, awswaf:clientip:geo:region:US-CA, or
/// forwardedip in place of clientip).</summary>
internal sealed class GeoMatchStatement(IReadOnlySet<string> countries, ForwardedAddress? forwarded) : Statement
{
    public override bool Matches(EvaluationContext context)
    {
        var address = forwarded is null ? context.Request.ClientIp : forwarded.Resolve(context);
        if (address is null)
        {
            return forwarded!.MatchOnFallback;
        }
        var location = context.Runtime.Geo?.Locate(address);
        if (location is null)
        {
            return false;
        }
        var source = forwarded is null ? "clientip" : "forwardedip";
        context.AddPendingLabel($"awswaf:{source}:geo:country:{location.CountryCode}");
        if (location.RegionCode is { } region)
        {
            context.AddPendingLabel($"awswaf:{source}:geo:region:{region}");
        }
        return countries.Contains(location.CountryCode);
    }
}
