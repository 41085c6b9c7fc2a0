using System.Text.Json;

namespace Rampart.Waf.Engine;

/// <summary>
/// What a definition references, keyed by ARN: IP sets, regex pattern sets and rule groups in the shapes their Get
/// operations return (either the whole GetIPSet/GetRegexPatternSet/GetRuleGroup output or the inner IPSet,
/// RegexPatternSet or RuleGroup object).
/// </summary>
public sealed record WafReferences(
    IReadOnlyDictionary<string, JsonElement> IpSets,
    IReadOnlyDictionary<string, JsonElement> RegexPatternSets,
    IReadOnlyDictionary<string, JsonElement> RuleGroups)
{
    public static WafReferences None { get; } = new(
        new Dictionary<string, JsonElement>(),
        new Dictionary<string, JsonElement>(),
        new Dictionary<string, JsonElement>());
}
