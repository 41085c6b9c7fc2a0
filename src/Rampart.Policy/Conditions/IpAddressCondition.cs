namespace Rampart.Policy;

/// <summary>IpAddress/NotIpAddress: the request's address (e.g. aws:SourceIp) against IPv4 and IPv6 CIDR blocks.</summary>
internal sealed class IpAddressCondition : CompiledCondition
{
    private readonly IpNetwork[] networks;

    public IpAddressCondition(ConditionEntry entry, ConditionOperator op)
        : base(entry, op)
    {
        var parsed = new List<IpNetwork>(entry.Values.Count);
        foreach (var text in entry.Values)
        {
            if (IpNetwork.TryParse(text, out var network))
            {
                parsed.Add(network);
            }
        }
        networks = [.. parsed];
    }

    protected override bool AnyPolicyValueMatches(ReadOnlySpan<char> requestValue, AuthorizationRequest request)
    {
        if (!IpNetwork.TryParse(requestValue, out var address))
        {
            return false;
        }
        foreach (var network in networks)
        {
            if (network.Contains(address))
            {
                return true;
            }
        }
        return false;
    }
}
