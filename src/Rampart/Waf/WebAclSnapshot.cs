using System.Text.Json;

namespace Rampart.Waf;

/// <summary>
/// A web ACL as GetWebACL returns it (the WAFv2 `WebACL` shape), and, keyed by ARN, the IP sets, regex pattern sets
/// and rule groups it references, each in the shape its Get operation returns.
/// </summary>
public sealed record WebAclSnapshot(
    JsonElement WebAcl,
    IReadOnlyDictionary<string, JsonElement> IpSets,
    IReadOnlyDictionary<string, JsonElement> RegexPatternSets,
    IReadOnlyDictionary<string, JsonElement> RuleGroups);
