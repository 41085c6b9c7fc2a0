namespace Rampart.Waf.Api.Statements;

/// <summary>What validating a set of rules found out about them.</summary>
/// <param name="References">ARNs of referenced IP sets, regex pattern sets and rule groups, in order of appearance.</param>
/// <param name="AddedLabels">Labels the rules add (RuleLabels), fully qualified with the namespace.</param>
/// <param name="ConsumedLabels">Label keys and namespaces the rules match (LabelMatchStatement).</param>
public sealed record RuleAnalysis(IReadOnlyList<string> References, IReadOnlyList<string> AddedLabels, IReadOnlyList<string> ConsumedLabels);
