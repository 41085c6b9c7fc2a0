using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Rampart.Waf.Engine;
using Rampart.Waf.Gateway.Bots;

namespace Rampart.Waf.Gateway;

/// <summary>
/// After a request is answered: keeps it for GetSampledRequests under each rule that matched it (its metric name),
/// under Default_Action when no rule decided, and under the web ACL's own metric name, wherever sampling is
/// enabled; counts it for bot path statistics when a known bot sent it; and writes its log record when the web ACL
/// has a logging configuration whose filter keeps it.
/// </summary>
public sealed class WafRecorder(GatewayContext context, string gatewayArn)
{
    /// <summary>How AWS WAF's logs name an Application Load Balancer: ACCOUNT-app/NAME/ID.</summary>
    private readonly string httpSourceId = HttpSourceId(gatewayArn);

    public async ValueTask RecordAsync(HttpContext http, ActiveWebAcl acl, WafRequest request, WafVerdict verdict)
    {
        Sample(http, acl, request, verdict);
        if (KnownBots.Identify(http.Request.Headers.UserAgent) is { } bot)
        {
            context.BotTraffic.Record(acl.Compiled.Arn, request.UriPath, bot);
        }
        if (await context.Logging.FindAsync(acl.Compiled.Arn) is { } destination
            && destination.Keeps(ActionName(verdict.Action), verdict.Labels))
        {
            context.Logs.Append(destination.FilePath, WafLogRecord.Write(
                destination,
                acl.Compiled.Arn,
                httpSourceId,
                request,
                verdict,
                http.Request.Protocol,
                http.TraceIdentifier,
                context.Geo?.Locate(request.ClientIp)?.CountryCode,
                verdict.CustomResponse?.StatusCode,
                context.Time.GetUtcNow()));
        }
    }

    private void Sample(HttpContext http, ActiveWebAcl acl, WafRequest request, WafVerdict verdict)
    {
        if (!acl.SampledRequestsEnabled && verdict.Matches.Count == 0)
        {
            return;
        }
        var arn = acl.Compiled.Arn;
        var status = http.Response.StatusCode;
        var now = context.Time.GetUtcNow();
        SampledRequest? built = null;
        SampledRequest Build(string action, string? ruleWithinGroup) => (built is not null && built.Action == action && built.RuleNameWithinRuleGroup == ruleWithinGroup)
            ? built
            : built = Sample(http, request, verdict, action, ruleWithinGroup, status, now);

        var finalAction = ActionName(verdict.Action);
        foreach (var match in verdict.Matches)
        {
            if (!acl.UnsampledMetricNames.Contains(match.MetricName))
            {
                var action = ActionName(match.Action);
                var within = match.RuleGroup is null ? null : match.RuleName;
                context.Samples.Record(arn, match.MetricName, () => Build(action, within));
            }
        }
        if (verdict.TerminatingRuleName == WafVerdict.DefaultActionRuleName)
        {
            context.Samples.Record(arn, WafVerdict.DefaultActionRuleName, () => Build(finalAction, null));
        }
        if (acl.SampledRequestsEnabled)
        {
            context.Samples.Record(arn, acl.Compiled.MetricName, () => Build(finalAction, null));
        }
    }

    private static string HttpSourceId(string arn)
    {
        var fields = arn.Split(':', 6);
        return fields.Length == 6 ? $"{fields[4]}-{fields[5].Replace("loadbalancer/", "", StringComparison.Ordinal)}" : arn;
    }

    public static string ActionName(WafAction action) => action switch
    {
        WafAction.Allow => "ALLOW",
        WafAction.Block => "BLOCK",
        WafAction.Count => "COUNT",
        WafAction.Captcha => "CAPTCHA",
        _ => "CHALLENGE",
    };

    private SampledRequest Sample(HttpContext http, WafRequest request, WafVerdict verdict, string action, string? ruleWithinGroup,
        int status, DateTimeOffset now) => new(
        now,
        request.ClientIp.ToString(),
        context.Geo?.Locate(request.ClientIp)?.CountryCode,
        request.QueryString.Length == 0 ? request.UriPath : $"{request.UriPath}?{request.QueryString}",
        request.Method,
        http.Request.Protocol,
        request.Headers,
        action,
        ruleWithinGroup,
        verdict.InsertHeaders,
        status,
        verdict.Labels);
}
