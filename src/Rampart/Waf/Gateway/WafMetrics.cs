using Prometheus;
using Rampart.Waf.Engine;

namespace Rampart.Waf.Gateway;

/// <summary>
/// AWS WAF's CloudWatch metrics as Prometheus counters, under AWS's metric names with its dimensions as labels:
/// Region, WebACL (the web ACL's metric name) and Rule (a rule's metric name, "ALL" for the web ACL as a whole, or
/// "Default_Action" for the requests the default action decided). Served at /metrics on the API endpoint.
/// </summary>
public sealed class WafMetrics(CollectorRegistry registry)
{
    public const string AllRules = "ALL";

    private static readonly string[] Dimensions = ["Region", "WebACL", "Rule"];

    public Counter AllowedRequests { get; } = Create(registry, "AllowedRequests", "Requests allowed.");

    public Counter BlockedRequests { get; } = Create(registry, "BlockedRequests", "Requests blocked.");

    public Counter CountedRequests { get; } = Create(registry, "CountedRequests", "Requests matching rules whose action is Count.");

    public Counter CaptchaRequests { get; } = Create(registry, "CaptchaRequests", "Requests that had CAPTCHA controls applied.");

    public Counter RequestsWithValidCaptchaToken { get; } = Create(registry, "RequestsWithValidCaptchaToken", "CAPTCHA requests that carried a valid token.");

    public Counter ChallengeRequests { get; } = Create(registry, "ChallengeRequests", "Requests that had challenge controls applied.");

    public Counter RequestsWithValidChallengeToken { get; } = Create(registry, "RequestsWithValidChallengeToken", "Challenge requests that carried a valid token.");

    public Counter CaptchasAttempted { get; } = Create(registry, "CaptchasAttempted", "CAPTCHA puzzles answered.");

    public Counter CaptchasSolved { get; } = Create(registry, "CaptchasSolved", "CAPTCHA puzzles answered correctly.");

    /// <summary>Counts one evaluated request: each matched rule under its own metric name, and the outcome under
    /// ALL and, when no rule decided, Default_Action.</summary>
    public void Record(string region, CompiledWebAcl webAcl, WafVerdict verdict)
    {
        foreach (var match in verdict.Matches)
        {
            var counter = match.Action switch
            {
                WafAction.Allow => AllowedRequests,
                WafAction.Block => BlockedRequests,
                WafAction.Count => CountedRequests,
                WafAction.Captcha => CaptchaRequests,
                _ => ChallengeRequests,
            };
            counter.WithLabels(region, webAcl.MetricName, match.MetricName).Inc();
            if (!match.Terminating && match.Action is WafAction.Captcha)
            {
                RequestsWithValidCaptchaToken.WithLabels(region, webAcl.MetricName, match.MetricName).Inc();
            }
            else if (!match.Terminating && match.Action is WafAction.Challenge)
            {
                RequestsWithValidChallengeToken.WithLabels(region, webAcl.MetricName, match.MetricName).Inc();
            }
        }
        var outcome = verdict.Action switch
        {
            WafAction.Allow => AllowedRequests,
            WafAction.Block => BlockedRequests,
            WafAction.Captcha => CaptchaRequests,
            _ => ChallengeRequests,
        };
        outcome.WithLabels(region, webAcl.MetricName, AllRules).Inc();
        if (verdict.TerminatingRuleName == WafVerdict.DefaultActionRuleName)
        {
            outcome.WithLabels(region, webAcl.MetricName, WafVerdict.DefaultActionRuleName).Inc();
        }
    }

    private static Counter Create(CollectorRegistry registry, string name, string help) =>
        Prometheus.Metrics.WithCustomRegistry(registry).CreateCounter(name, help, new CounterConfiguration { LabelNames = Dimensions, SuppressInitialValue = true });
}
