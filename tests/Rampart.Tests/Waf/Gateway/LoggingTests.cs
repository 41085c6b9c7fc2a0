using System.Net;
using System.Text.Json;
using Rampart.Storage.Items;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Gateway;

namespace Rampart.Tests.Waf.Gateway;

/// <summary>A web ACL's logging configuration (as PutLoggingConfiguration stores it) makes the gateway write AWS WAF
/// log records, one JSON line per request, to the destination's file.</summary>
public sealed class LoggingTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private const string Destination = "arn:aws:logs:us-east-1:123456789012:log-group:aws-waf-logs-gateway-test";

    [Fact]
    public async Task Requests_are_logged_in_AWS_WAF_format_with_redactions_and_filters()
    {
        await ConfigureLoggingAsync("""
            {"ResourceArn": "ARN", "LogDestinationConfigs": ["DESTINATION"],
             "RedactedFields": [{"SingleHeader": {"Name": "authorization"}}, {"QueryString": {}}],
             "LoggingFilter": {"DefaultBehavior": "KEEP", "Filters": [
               {"Behavior": "DROP", "Requirement": "MEETS_ALL", "Conditions": [{"ActionCondition": {"Action": "ALLOW"}}]}]}}
            """);
        using var client = gateway.Client("127.0.0.31");
        using var blocked = new HttpRequestMessage(HttpMethod.Get, "/search?id=1%27%20OR%20%271%27%3D%271");
        blocked.Headers.Add("Authorization", "Bearer secret-value");

        using (var response = await client.SendAsync(blocked))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        using (var allowed = await client.GetAsync("/dropped-by-the-filter"))
        {
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }
        await gateway.Context.Logs.FlushAsync();

        var records = (await File.ReadAllLinesAsync(Path.Combine(gateway.DataDirectory, "waf-logs", "aws-waf-logs-gateway-test.log")))
            .Select(line => JsonDocument.Parse(line).RootElement).Where(record => record.GetProperty("httpRequest").GetProperty("clientIp").GetString() == "127.0.0.31").ToList();
        var record = Assert.Single(records);
        Assert.Equal(1, record.GetProperty("formatVersion").GetInt32());
        Assert.Equal(WebAcls.Arn, record.GetProperty("webaclId").GetString());
        Assert.Equal("sqli", record.GetProperty("terminatingRuleId").GetString());
        Assert.Equal("REGULAR", record.GetProperty("terminatingRuleType").GetString());
        Assert.Equal("BLOCK", record.GetProperty("action").GetString());
        Assert.Equal("ALB", record.GetProperty("httpSourceName").GetString());
        Assert.Equal("123456789012-app/test/0123456789abcdef", record.GetProperty("httpSourceId").GetString());
        var request = record.GetProperty("httpRequest");
        Assert.Equal("/search", request.GetProperty("uri").GetString());
        Assert.Equal("REDACTED", request.GetProperty("args").GetString());
        Assert.Equal("GET", request.GetProperty("httpMethod").GetString());
        Assert.Equal("HTTP/1.1", request.GetProperty("httpVersion").GetString());
        var authorization = request.GetProperty("headers").EnumerateArray().Single(header => header.GetProperty("name").GetString() == "Authorization");
        Assert.Equal("REDACTED", authorization.GetProperty("value").GetString());
    }

    private async Task ConfigureLoggingAsync(string configuration)
    {
        var json = configuration.Replace("\"ARN\"", $"\"{WebAcls.Arn}\"", StringComparison.Ordinal)
            .Replace("DESTINATION", Destination, StringComparison.Ordinal);
        await gateway.Store.CommitAsync([new StoreWrite.Put(
            new ItemKey(WafCollections.Logging, WafCollections.Partition("123456789012", "us-east-1"), "REGIONAL/11111111-2222-3333-4444-555555555555"),
            json)]);
        // Setting the web ACL announces a WAFv2 change, as the control plane does after its commit.
        gateway.WebAcls.Set(WebAcls.Standard, new Dictionary<string, string> { [WebAcls.BlockedIpSetArn] = WebAcls.IpSet() });
    }
}
