using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Waf.Gateway;

/// <summary>
/// `rampart serve --gateway` end to end: the web ACL is configured with the real aws CLI, associated with the
/// gateway's load balancer ARN, and real HTTP clients send traffic through it.
/// </summary>
public sealed partial class GatewayEndToEndTests(GatewayServerFixture fixture) : IClassFixture<GatewayServerFixture>
{
    private AwsCli Waf => new(fixture.Server, "wafv2");

    [Fact]
    public void The_gateway_is_listed_with_a_load_balancer_arn()
    {
        Assert.Equal("web", fixture.Gateway.GetProperty("name").GetString());
        Assert.Matches($"^arn:aws:elasticloadbalancing:us-east-1:{fixture.Server.AccountId}:loadbalancer/app/web/[0-9a-f]{{16}}$", fixture.GatewayArn);
        Assert.Matches("^http://127.0.0.1:[0-9]+$", fixture.Gateway.GetProperty("listen").GetString()!);
        Assert.Equal(fixture.Upstream.Url.ToString().TrimEnd('/'), fixture.Gateway.GetProperty("upstream").GetString());
    }

    [Fact]
    public async Task A_web_acl_configured_with_the_aws_cli_is_enforced_and_its_changes_bind_the_next_request()
    {
        var ipSet = (await Waf.OkAsync("create-ip-set", "--name", "e2e-blocked", "--scope", "REGIONAL", "--ip-address-version", "IPV4",
            "--addresses", "127.0.0.5/32")).GetProperty("Summary");
        var rules = $$$"""
            [{"Name": "blocked-ips", "Priority": 0, "Action": {"Block": {}},
              "Statement": {"IPSetReferenceStatement": {"ARN": "{{{ipSet.GetProperty("ARN").GetString()}}}"}},
              "VisibilityConfig": {"SampledRequestsEnabled": true, "CloudWatchMetricsEnabled": true, "MetricName": "blocked-ips"}},
             {"Name": "sqli", "Priority": 1, "Action": {"Block": {}},
              "Statement": {"SqliMatchStatement": {"FieldToMatch": {"QueryString": {}}, "TextTransformations": [{"Priority": 0, "Type": "URL_DECODE"}]}},
              "VisibilityConfig": {"SampledRequestsEnabled": true, "CloudWatchMetricsEnabled": true, "MetricName": "sqli"}},
             {"Name": "per-ip", "Priority": 2, "Action": {"Block": {}},
              "Statement": {"RateBasedStatement": {"Limit": 10, "EvaluationWindowSec": 60, "AggregateKeyType": "IP"}},
              "VisibilityConfig": {"SampledRequestsEnabled": true, "CloudWatchMetricsEnabled": true, "MetricName": "per-ip"}}]
            """;
        var webAcl = (await Waf.OkAsync("create-web-acl", "--name", "e2e", "--scope", "REGIONAL", "--default-action", "Allow={}",
            "--visibility-config", "SampledRequestsEnabled=true,CloudWatchMetricsEnabled=true,MetricName=e2e",
            "--rules", rules)).GetProperty("Summary");
        var webAclArn = webAcl.GetProperty("ARN").GetString()!;
        await Waf.OkAsync("associate-web-acl", "--web-acl-arn", webAclArn, "--resource-arn", fixture.GatewayArn);
        await Waf.OkAsync("put-logging-configuration", "--logging-configuration",
            $"ResourceArn={webAclArn},LogDestinationConfigs=arn:aws:logs:us-east-1:{fixture.Server.AccountId}:log-group:aws-waf-logs-e2e");
        var start = DateTimeOffset.UtcNow.AddSeconds(-5);

        using var blockedClient = Client("127.0.0.5");
        using var calmClient = Client("127.0.0.7");
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(blockedClient, "/home"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(calmClient, "/items?id=1%27%20OR%20%271%27%3D%271"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(calmClient, "/items?id=42"));

        var lockToken = (await Waf.OkAsync("get-ip-set", "--name", "e2e-blocked", "--scope", "REGIONAL", "--id", ipSet.GetProperty("Id").GetString()!))
            .GetProperty("LockToken").GetString()!;
        await Waf.OkAsync("update-ip-set", "--name", "e2e-blocked", "--scope", "REGIONAL", "--id", ipSet.GetProperty("Id").GetString()!,
            "--addresses", "192.0.2.0/24", "--lock-token", lockToken);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(blockedClient, "/home"));

        using var noisy = Client("127.0.0.8");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 15; i++)
        {
            statuses.Add(await StatusAsync(noisy, $"/burst/{i}"));
        }
        Assert.Contains(HttpStatusCode.Forbidden, statuses);
        var keys = await Waf.OkAsync("get-rate-based-statement-managed-keys", "--scope", "REGIONAL", "--web-acl-name", "e2e",
            "--web-acl-id", webAcl.GetProperty("Id").GetString()!, "--rule-name", "per-ip");
        Assert.Contains("127.0.0.8/32", keys.GetProperty("ManagedKeysIPV4").GetProperty("Addresses").EnumerateArray().Select(address => address.GetString()));

        var sampled = await Waf.OkAsync("get-sampled-requests", "--web-acl-arn", webAclArn, "--rule-metric-name", "sqli", "--scope", "REGIONAL",
            "--time-window", $"StartTime={start.ToUnixTimeSeconds()},EndTime={DateTimeOffset.UtcNow.AddSeconds(5).ToUnixTimeSeconds()}",
            "--max-items", "100");
        var sample = sampled.GetProperty("SampledRequests").EnumerateArray().Single();
        Assert.Equal("BLOCK", sample.GetProperty("Action").GetString());
        Assert.Equal("127.0.0.7", sample.GetProperty("Request").GetProperty("ClientIP").GetString());
        Assert.Equal(1, sampled.GetProperty("PopulationSize").GetInt64());

        using var http = new HttpClient();
        var metrics = await http.GetStringAsync(new Uri(fixture.Server.Endpoint, "/metrics"));
        Assert.Matches(Counter("BlockedRequests", "sqli"), metrics);
        Assert.Matches(Counter("BlockedRequests", "per-ip"), metrics);

        var log = Path.Combine(fixture.Server.DataDirectory, "waf-logs", "aws-waf-logs-e2e.log");
        var records = await EventuallyAsync(() => File.Exists(log) ? File.ReadAllLines(log) : [], lines => lines.Length >= 3);
        Assert.Contains(records.Select(line => JsonDocument.Parse(line).RootElement),
            record => record.GetProperty("terminatingRuleId").GetString() == "sqli" && record.GetProperty("action").GetString() == "BLOCK");
    }

    [Fact]
    public async Task Top_paths_by_bot_traffic_are_computed_from_the_requests_bots_sent_through_the_gateway()
    {
        var webAclArn = (await Waf.OkAsync("create-web-acl", "--name", "bots", "--scope", "REGIONAL", "--default-action", "Allow={}",
            "--visibility-config", "SampledRequestsEnabled=true,CloudWatchMetricsEnabled=true,MetricName=bots",
            "--rules", "[]")).GetProperty("Summary").GetProperty("ARN").GetString()!;
        await Waf.OkAsync("associate-web-acl", "--web-acl-arn", webAclArn, "--resource-arn", fixture.GatewayArn);
        var start = DateTimeOffset.UtcNow.AddSeconds(-5);
        using var client = Client("127.0.0.9");
        var traffic = new (string Agent, string Path, int Times)[]
        {
            ("Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)", "/products/1", 3),
            ("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "/products/1", 1),
            ("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "/products/2", 1),
            ("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "/api/v1/users", 1),
            ("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", "/products/3", 4),
        };
        foreach (var (agent, path, times) in traffic)
        {
            for (var i = 0; i < times; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.UserAgent.ParseAdd(agent);
                using var response = await client.SendAsync(request);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }
        string[] Query(string limit, params string[] more) => ["get-top-path-statistics-by-traffic", "--web-acl-arn", webAclArn, "--scope", "REGIONAL",
            "--time-window", $"StartTime={start.ToUnixTimeSeconds()},EndTime={DateTimeOffset.UtcNow.AddSeconds(5).ToUnixTimeSeconds()}",
            "--limit", limit, "--number-of-top-traffic-bots-per-path", "3", .. more];

        var top = await Waf.OkAsync(Query("10"));
        Assert.Equal(6, top.GetProperty("TotalRequestCount").GetInt64());
        var paths = top.GetProperty("PathStatistics").EnumerateArray().ToList();
        Assert.Equal(["/products/", "/api/"], paths.Select(path => path.GetProperty("Path").GetString()));
        Assert.Equal(5, paths[0].GetProperty("RequestCount").GetInt64());
        Assert.Equal(83.33, paths[0].GetProperty("Percentage").GetDouble());
        Assert.Equal(["gptbot:3", "googlebot:2"], paths[0].GetProperty("TopBots").EnumerateArray()
            .Select(bot => $"{bot.GetProperty("BotName").GetString()}:{bot.GetProperty("RequestCount").GetInt64()}"));
        Assert.Contains(top.GetProperty("TopCategories").EnumerateArray(), category =>
            category.GetProperty("Source").GetProperty("BotCategory").GetString() == "ai" && category.GetProperty("Path").GetString() == "/products/"
            && category.GetProperty("RequestCount").GetInt64() == 3);

        var underProducts = await Waf.OkAsync(Query("1", "--uri-path-prefix", "/products"));
        var first = underProducts.GetProperty("PathStatistics").EnumerateArray().Single();
        Assert.Equal("/products/1", first.GetProperty("Path").GetString());
        Assert.Equal(4, first.GetProperty("RequestCount").GetInt64());
        var rest = await Waf.OkAsync(Query("1", "--uri-path-prefix", "/products", "--next-marker", underProducts.GetProperty("NextMarker").GetString()!));
        Assert.Equal("/products/2", rest.GetProperty("PathStatistics").EnumerateArray().Single().GetProperty("Path").GetString());
        Assert.False(rest.TryGetProperty("NextMarker", out _));

        var ai = await Waf.OkAsync(Query("10", "--bot-category", "ai"));
        Assert.Equal(3, ai.GetProperty("TotalRequestCount").GetInt64());
        var aiPath = ai.GetProperty("PathStatistics").EnumerateArray().Single();
        Assert.Equal("ai", aiPath.GetProperty("Source").GetProperty("BotCategory").GetString());
        Assert.Equal("gptbot", aiPath.GetProperty("TopBots").EnumerateArray().Single().GetProperty("BotName").GetString());
        Assert.False(ai.TryGetProperty("TopCategories", out _));

        // The model's range is checked where every request is decoded.
        Assert.Contains("ValidationException", await Waf.FailsAsync(Query("101")), StringComparison.Ordinal);
        Assert.Contains("WAFInvalidParameterException", await Waf.FailsAsync(Query("10", "--next-marker", "bm90LWEtbnVtYmVy")), StringComparison.Ordinal);
    }

    private static string Counter(string metric, string rule) =>
        $"(?m)^{metric}{{Region=\"us-east-1\",WebACL=\"e2e\",Rule=\"{Regex.Escape(rule)}\"}} [1-9]";

    private HttpClient Client(string source)
    {
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.InterNetwork, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(IPAddress.Parse(source), 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
            },
        };
        return new HttpClient(handler) { BaseAddress = fixture.GatewayUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string target)
    {
        using var response = await client.GetAsync(target);
        return response.StatusCode;
    }

    private static async Task<T> EventuallyAsync<T>(Func<T> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        var value = read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            value = read();
        }
        return value;
    }
}
