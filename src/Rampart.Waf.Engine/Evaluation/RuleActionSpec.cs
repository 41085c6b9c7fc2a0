namespace Rampart.Waf.Engine.Evaluation;

/// <summary>A compiled rule action: what it does, the request headers it inserts (already prefixed with x-amzn-waf-),
/// a Block's custom response, and for CAPTCHA and Challenge how long a solved token stays valid.</summary>
internal sealed record RuleActionSpec(
    WafAction Action,
    IReadOnlyList<WafHeader> InsertHeaders,
    WafCustomResponse? CustomResponse,
    long ImmunitySeconds)
{
    public const long DefaultImmunitySeconds = 300;

    public static RuleActionSpec Count { get; } = new(WafAction.Count, [], null, DefaultImmunitySeconds);
}
