namespace Rampart.Waf.Engine;

/// <summary>What the gateway verified in the request's `aws-waf-token`: when the client last solved a CAPTCHA puzzle
/// and when it last passed a silent challenge. Null times mean never; an unverifiable token is no token at all.</summary>
public sealed record WafTokenState(DateTimeOffset? CaptchaSolvedAt, DateTimeOffset? ChallengeSolvedAt)
{
    public static WafTokenState None { get; } = new(null, null);
}
