using System.Text.Json.Nodes;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Api.Statements;

namespace Rampart.Waf.Api.RegexPatternSets;

/// <summary>A regex pattern set's expressions: at most 10, each one AWS WAF can run.</summary>
public static class RegexList
{
    public const int MaxPatterns = 10;

    public sealed record Regex(string RegexString);

    public static JsonArray Check(IReadOnlyList<Regex> patterns)
    {
        if (patterns.Count > MaxPatterns)
        {
            throw WafErrors.LimitsExceeded();
        }
        foreach (var pattern in patterns)
        {
            RegexRules.Check(pattern.RegexString, "REGEX_PATTERN_SET");
        }
        return new JsonArray([.. patterns.Select(pattern => (JsonNode)new JsonObject { ["RegexString"] = pattern.RegexString })]);
    }
}
