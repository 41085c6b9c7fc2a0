namespace Rampart.Waf.Api.Statements;

/// <summary>Rules that passed validation, what they reference and the WCUs they use.</summary>
public sealed record CheckedRules(RuleAnalysis Analysis, long Capacity);
