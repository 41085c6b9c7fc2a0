using System.Text.Json;

namespace Rampart.Waf.Engine;

/// <summary>
/// A managed rule group Rampart ships: what ListAvailableManagedRuleGroups and DescribeManagedRuleGroup report, and
/// (internally) its rules in the `RuleGroup` wire shape with the IP sets they reference.
/// </summary>
public sealed record ManagedRuleGroup(
    string VendorName,
    string Name,
    string Description,
    long Capacity,
    string LabelNamespace,
    bool VersioningSupported,
    IReadOnlyList<string> Versions,
    IReadOnlyList<ManagedRuleSummary> Rules,
    IReadOnlyList<string> AvailableLabels,
    IReadOnlyList<string> ConsumedLabels)
{
    /// <summary>The version used when a statement names none; null when the group is not versioned.</summary>
    public string? DefaultVersion => Versions.Count > 0 ? Versions[^1] : null;

    internal JsonElement RuleGroup { get; init; }

    internal WafReferences References { get; init; } = WafReferences.None;
}
