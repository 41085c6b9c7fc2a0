using System.Text.Json.Nodes;

namespace Rampart.Organizations.Policies.Effective;

/// <summary>An account's effective policy of one management type, when the policies it comes from last changed,
/// and those policies (root first, in attachment order).</summary>
public sealed record EffectivePolicyResult(JsonObject Content, DateTimeOffset LastUpdated, IReadOnlyList<SourcePolicy> Sources);

/// <summary>A policy that takes part in an effective policy.</summary>
public sealed record SourcePolicy(string PolicyId, JsonObject Document)
{
    /// <summary>Whether the policy sets something at <paramref name="path"/> of the effective policy or below it:
    /// it names every setting on the way, or sets a value (with an inheritance operator) on one of them.</summary>
    public bool Sets(IReadOnlyList<string> path)
    {
        JsonObject node = Document;
        foreach (var segment in path)
        {
            if (node[segment] is JsonObject next)
            {
                node = next;
                continue;
            }
            return node.Any(member => InheritanceOperator.ValueSetting.Contains(member.Key));
        }
        return true;
    }
}
