using Rampart.Waf.Engine;

namespace Rampart.Waf.Gateway;

/// <summary>One request kept for GetSampledRequests (the SampledHTTPRequest shape, before weighting).</summary>
public sealed record SampledRequest(
    DateTimeOffset Timestamp,
    string ClientIp,
    string? Country,
    string Uri,
    string Method,
    string HttpVersion,
    IReadOnlyList<WafHeader> Headers,
    string Action,
    string? RuleNameWithinRuleGroup,
    IReadOnlyList<WafHeader> RequestHeadersInserted,
    int ResponseCodeSent,
    IReadOnlyList<string> Labels);
