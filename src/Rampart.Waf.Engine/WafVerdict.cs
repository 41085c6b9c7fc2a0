namespace Rampart.Waf.Engine;

/// <summary>
/// The outcome of evaluating one request. <see cref="TerminatingRuleName"/> is "Default_Action" when no rule ended
/// evaluation (as AWS WAF logs it). <see cref="InsertHeaders"/> already carry the x-amzn-waf- prefix.
/// <see cref="CustomResponse"/> is set only for a Block with a custom response.
/// </summary>
public sealed record WafVerdict(
    WafAction Action,
    string TerminatingRuleName,
    WafRuleType? TerminatingRuleType,
    IReadOnlyList<string> Labels,
    IReadOnlyList<WafHeader> InsertHeaders,
    WafCustomResponse? CustomResponse,
    IReadOnlyList<WafRuleMatch> Matches)
{
    public const string DefaultActionRuleName = "Default_Action";
}
