namespace Rampart.Waf.Engine;

/// <summary>A rule of a managed rule group and its action, as DescribeManagedRuleGroup lists them.</summary>
public sealed record ManagedRuleSummary(string Name, WafAction Action);
