using System.Net;
using System.Text.RegularExpressions;
using Rampart.Shield.Defences;

namespace Rampart.Tests.Waf.Gateway;

/// <summary>
/// The gateway under real attack tools on loopback: the attacker connects from 127.0.0.1, legitimate clients from
/// other loopback addresses, and they keep being served.
/// </summary>
public sealed partial class AttackTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task A_thousand_slow_header_connections_do_not_stop_a_legitimate_client_and_are_reported()
    {
        gateway.WebAcls.Set(null);
        // Slowloris: 1,000 connections, each sending one more header line every 5 s, for 25 s.
        var attack = AttackTools.RunAsync("slowhttptest",
            $"-H -c 1000 -r 500 -i 5 -x 24 -p 5 -l 25 -u {gateway.Url}slow", TimeSpan.FromSeconds(90));
        await Task.Delay(TimeSpan.FromSeconds(4));
        using var client = gateway.Client("127.0.0.2");
        for (var i = 0; i < 20; i++)
        {
            using var response = await client.GetAsync($"/legit/{i}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
        var (exitCode, output) = await attack;
        Assert.True(exitCode == 0, output);

        await WaitForAttackAsync(AttackVector.SlowHeaders.Type);
        var refused = await WaitForAttackAsync(AttackVector.ConnectionFlood.Type);
        Assert.Equal(GatewayFixture.Arn, refused.ResourceArn);
        Assert.True(refused.Counters.Single().Sum >= AttackVector.ConnectionFlood.Floor, $"{refused.Counters.Single().Sum} connections refused");
    }

    [Fact]
    public async Task Slow_bodies_are_cut_and_reported_while_a_legitimate_client_is_served()
    {
        gateway.WebAcls.Set(null);
        // R-U-Dead-Yet: 100 posts announcing 8 KB bodies and sending 10 bytes every 5 s.
        var slowBodies = AttackTools.RunAsync("slowhttptest",
            $"-B -c 100 -r 100 -i 5 -s 8192 -x 10 -p 5 -l 25 -u {gateway.Url}upload", TimeSpan.FromSeconds(90));
        await Task.Delay(TimeSpan.FromSeconds(4));
        using var client = gateway.Client("127.0.0.4");
        for (var i = 0; i < 10; i++)
        {
            using var response = await client.PostAsync($"/legit/{i}", new StringContent("name=value"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
        var (exitCode, output) = await slowBodies;
        Assert.True(exitCode == 0, output);

        var attack = await WaitForAttackAsync(AttackVector.SlowBody.Type);
        Assert.Equal(GatewayFixture.Arn, attack.ResourceArn);
    }

    [Fact]
    public async Task Slow_readers_of_a_large_response_are_cut_and_reported_while_a_fast_reader_is_served()
    {
        gateway.WebAcls.Set(null);
        // Slow read: 50 connections asking for 4 MB with a 512-1024 byte receive window, reading 32 bytes every 3 s.
        var slowReads = AttackTools.RunAsync("slowhttptest",
            $"-X -c 50 -r 50 -w 512 -y 1024 -n 3 -z 32 -k 2 -p 5 -l 60 -u {gateway.Url}large", TimeSpan.FromSeconds(120));
        await Task.Delay(TimeSpan.FromSeconds(4));
        using var client = gateway.Client("127.0.0.5");
        for (var i = 0; i < 3; i++)
        {
            var body = await client.GetByteArrayAsync("/large");
            Assert.Equal(TestUpstream.LargeLength, body.Length);
            using var response = await client.GetAsync($"/legit/{i}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        var (exitCode, output) = await slowReads;
        Assert.True(exitCode == 0, output);

        var attack = await WaitForAttackAsync(AttackVector.SlowRead.Type);
        Assert.Equal(GatewayFixture.Arn, attack.ResourceArn);
        // Counted as they are cut: slowhttptest's own status is no witness, it goes on listing reset connections.
        Assert.True(attack.Counters.Single().Sum >= AttackVector.SlowRead.Floor, $"{attack.Counters.Single().Sum} slow readers cut:\n{output}");
    }

    [Fact]
    public async Task A_flood_from_one_address_triggers_the_rate_based_rule_while_another_client_is_served()
    {
        gateway.WebAcls.Set(WebAcls.Allowing(WebAcls.Rule("rate-limit", 0, WebAcls.RateLimit(100), WebAcls.Block)));
        var flood = AttackTools.RunAsync("wrk", $"-t 2 -c 32 -d 8s {gateway.Url}flood", TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(2));
        using var client = gateway.Client("127.0.0.3");
        for (var i = 0; i < 20; i++)
        {
            using var response = await client.GetAsync($"/calm/{i}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
        var (exitCode, output) = await flood;
        Assert.True(exitCode == 0, output);

        var total = long.Parse(Completed().Match(output).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var refused = long.Parse(NonSuccess().Match(output) is { Success: true } match ? match.Groups[1].Value : "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(refused >= total - 150, $"only {refused} of {total} flood requests were refused:\n{output}");
        var limited = gateway.Context.Runtime.RateLimitedAddresses(WebAcls.Arn, "rate-limit");
        Assert.Contains("127.0.0.1/32", limited.IPv4Addresses);
        Assert.DoesNotContain("127.0.0.3/32", limited.IPv4Addresses);

        var detected = await WaitForAttackAsync(AttackVector.RequestFlood.Type, attack => attack.Properties is { Count: > 0 });
        Assert.Null(detected.EndTime);
        // Contributors are noted from the detection on, and the ongoing attack's report brings them up to date.
        var sources = detected.Properties!.Single(property => property.Identifier == "SOURCE_IP_ADDRESS");
        Assert.Equal("APPLICATION", sources.Layer);
        Assert.Equal("127.0.0.1", sources.TopContributors[0].Name);
        Assert.True(sources.TopContributors[0].Value > sources.Total / 2, $"{sources.TopContributors[0].Value} of {sources.Total}");
        var urls = detected.Properties!.Single(property => property.Identifier == "DESTINATION_URL");
        Assert.Equal("/flood", urls.TopContributors[0].Name);
        Assert.Contains(detected.SubResources!, resource => resource.Type == "URL" && resource.Id == "/flood" && resource.Sum > 0);
        Assert.Equal([AttackVector.RequestFlood.Mitigation], detected.Mitigations);
    }

    private async Task<Rampart.Shield.DetectedAttack> WaitForAttackAsync(string vector, Func<Rampart.Shield.DetectedAttack, bool>? reported = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (gateway.Attacks.Attacks.FirstOrDefault(attack => attack.Vectors.Contains(vector) && (reported?.Invoke(attack) ?? true)) is { } found)
            {
                return found;
            }
            await Task.Delay(250);
        }
        Assert.Fail($"No {vector} attack was reported; reported: {string.Join(", ", gateway.Attacks.Attacks.SelectMany(attack => attack.Vectors))}");
        throw new InvalidOperationException();
    }

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Completed();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex NonSuccess();
}
