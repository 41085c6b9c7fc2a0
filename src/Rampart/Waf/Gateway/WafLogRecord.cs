using System.Buffers;
using System.Text.Json;
using Rampart.Waf.Engine;

namespace Rampart.Waf.Gateway;

/// <summary>
/// One request as AWS WAF logs it (formatVersion 1, the fields of the AWS WAF developer guide's log fields for
/// Application Load Balancers), with the configuration's redactions applied; written as one line of JSON.
/// </summary>
public static class WafLogRecord
{
    public static byte[] Write(
        WafLogDestination destination,
        string webAclArn,
        string httpSourceId,
        WafRequest request,
        WafVerdict verdict,
        string httpVersion,
        string requestId,
        string? country,
        int? responseCodeSent,
        DateTimeOffset time)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("timestamp", time.ToUnixTimeMilliseconds());
            json.WriteNumber("formatVersion", 1);
            json.WriteString("webaclId", webAclArn);
            json.WriteString("terminatingRuleId", verdict.TerminatingRuleName);
            json.WriteString("terminatingRuleType", verdict.TerminatingRuleType switch
            {
                WafRuleType.RateBased => "RATE_BASED",
                WafRuleType.Group => "GROUP",
                WafRuleType.ManagedRuleGroup => "MANAGED_RULE_GROUP",
                _ => "REGULAR",
            });
            json.WriteString("action", WafRecorder.ActionName(verdict.Action));
            json.WriteStartArray("terminatingRuleMatchDetails");
            json.WriteEndArray();
            json.WriteString("httpSourceName", "ALB");
            json.WriteString("httpSourceId", httpSourceId);
            WriteRuleGroups(json, verdict);
            WriteRateBasedRules(json, verdict);
            json.WriteStartArray("nonTerminatingMatchingRules");
            foreach (var match in verdict.Matches.Where(match => !match.Terminating && match.RuleGroup is null))
            {
                json.WriteStartObject();
                json.WriteString("ruleId", match.RuleName);
                json.WriteString("action", WafRecorder.ActionName(match.Action));
                json.WriteStartArray("ruleMatchDetails");
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            WriteHeaders(json, "requestHeadersInserted", verdict.InsertHeaders.Count == 0 || verdict.Action is WafAction.Block ? null : verdict.InsertHeaders);
            if (responseCodeSent is { } code)
            {
                json.WriteNumber("responseCodeSent", code);
            }
            else
            {
                json.WriteNull("responseCodeSent");
            }
            WriteHttpRequest(json, destination, request, httpVersion, requestId, country);
            if (verdict.Labels.Count > 0)
            {
                json.WriteStartArray("labels");
                foreach (var label in verdict.Labels)
                {
                    json.WriteStartObject();
                    json.WriteString("name", label);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            WriteTokenResponse(json, "captchaResponse", verdict, WafAction.Captcha, request.Token.CaptchaSolvedAt, 405);
            WriteTokenResponse(json, "challengeResponse", verdict, WafAction.Challenge, request.Token.ChallengeSolvedAt ?? request.Token.CaptchaSolvedAt, 202);
            json.WriteEndObject();
        }
        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteRuleGroups(Utf8JsonWriter json, WafVerdict verdict)
    {
        json.WriteStartArray("ruleGroupList");
        foreach (var group in verdict.Matches.Where(match => match.RuleGroup is not null).GroupBy(match => match.RuleGroup!))
        {
            json.WriteStartObject();
            json.WriteString("ruleGroupId", group.Key);
            if (group.FirstOrDefault(match => match.Terminating) is { } terminating)
            {
                json.WriteStartObject("terminatingRule");
                json.WriteString("ruleId", terminating.RuleName);
                json.WriteString("action", WafRecorder.ActionName(terminating.Action));
                json.WriteNull("ruleMatchDetails");
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("terminatingRule");
            }
            json.WriteStartArray("nonTerminatingMatchingRules");
            foreach (var match in group.Where(match => !match.Terminating))
            {
                json.WriteStartObject();
                json.WriteString("ruleId", match.RuleName);
                json.WriteString("action", WafRecorder.ActionName(match.Action));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNull("excludedRules");
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteRateBasedRules(Utf8JsonWriter json, WafVerdict verdict)
    {
        json.WriteStartArray("rateBasedRuleList");
        foreach (var match in verdict.Matches.Where(match => match.RuleType == WafRuleType.RateBased))
        {
            json.WriteStartObject();
            json.WriteString("rateBasedRuleId", match.RuleName);
            json.WriteString("rateBasedRuleName", match.RuleName);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteHttpRequest(Utf8JsonWriter json, WafLogDestination destination, WafRequest request, string httpVersion,
        string requestId, string? country)
    {
        const string Redacted = "REDACTED";
        json.WriteStartObject("httpRequest");
        json.WriteString("clientIp", request.ClientIp.ToString());
        json.WriteString("country", country ?? "-");
        json.WriteStartArray("headers");
        foreach (var header in request.Headers)
        {
            json.WriteStartObject();
            json.WriteString("name", header.Name);
            json.WriteString("value", destination.Redacts("SingleHeader", header.Name) ? Redacted : header.Value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("uri", destination.Redacts("UriPath") ? Redacted : request.UriPath);
        json.WriteString("args", destination.Redacts("QueryString") ? Redacted : request.QueryString);
        json.WriteString("httpVersion", httpVersion);
        json.WriteString("httpMethod", destination.Redacts("Method") ? Redacted : request.Method);
        json.WriteString("requestId", requestId);
        json.WriteEndObject();
    }

    private static void WriteHeaders(Utf8JsonWriter json, string name, IReadOnlyList<WafHeader>? headers)
    {
        if (headers is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartArray(name);
        foreach (var header in headers)
        {
            json.WriteStartObject();
            json.WriteString("name", header.Name);
            json.WriteString("value", header.Value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>captchaResponse/challengeResponse: present when such a rule acted on the request; a response code
    /// of 0 with the solve time for a valid token, or the interstitial's status with why the token failed.</summary>
    private static void WriteTokenResponse(Utf8JsonWriter json, string name, WafVerdict verdict, WafAction action, DateTimeOffset? solved, int status)
    {
        if (!verdict.Matches.Any(match => match.Action == action))
        {
            return;
        }
        json.WriteStartObject(name);
        var failed = verdict.Action == action;
        json.WriteNumber("responseCode", failed ? status : 0);
        if (solved is { } time)
        {
            json.WriteNumber("solveTimestamp", time.ToUnixTimeSeconds());
        }
        if (failed)
        {
            json.WriteString("failureReason", solved is null ? "TOKEN_MISSING" : "TOKEN_EXPIRED");
        }
        json.WriteEndObject();
    }
}
