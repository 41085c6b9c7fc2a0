using System.Globalization;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Engine;

namespace Rampart.Waf.Api.ManagedRules;

/// <summary>The managed rule groups Rampart ships (the WAF engine's catalog), as the control plane reports them.</summary>
public static class ManagedCatalog
{
    public static IReadOnlyList<ManagedRuleGroup> Groups => ManagedRuleGroupCatalog.Default.Groups;

    public static ManagedRuleGroup Find(string vendorName, string name) =>
        ManagedRuleGroupCatalog.Default.Find(vendorName, name) ?? throw WafErrors.Nonexistent();

    /// <summary>One page of a list, the marker being the position to continue from.</summary>
    public static (IReadOnlyList<T> Page, string? NextMarker) Page<T>(IReadOnlyList<T> all, string? marker, int? limit)
    {
        var start = WafMarker.Read(marker) is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position : 0;
        var size = limit ?? WafMarker.DefaultLimit;
        var next = start + size < all.Count ? WafMarker.Write((start + size).ToString(CultureInfo.InvariantCulture)) : null;
        return ([.. all.Skip(start).Take(size)], next);
    }

    /// <summary>A RuleAction object with the one action set.</summary>
    public static IReadOnlyDictionary<string, object> RuleAction(WafAction action) =>
        new Dictionary<string, object> { [action.ToString()] = new Dictionary<string, object>() };
}
