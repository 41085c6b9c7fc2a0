using System.Text.Json.Nodes;
using Rampart.Shield;
using Rampart.Shield.Api.Attacks;
using Rampart.Storage;
using Rampart.Tests.Waf.Api;
using Rampart.TestSupport;

namespace Rampart.Tests.Shield;

/// <summary>Attacks recorded by the gateway's defences as Shield's ListAttacks and DescribeAttack report them.</summary>
public sealed class AttackReportingTests : IAsyncLifetime
{
    private const string Account = "111122223333";
    private const string Gateway = $"arn:aws:elasticloadbalancing:us-east-1:{Account}:loadbalancer/app/shop/0123456789abcdef";
    private const string OtherGateway = $"arn:aws:elasticloadbalancing:us-east-1:{Account}:loadbalancer/app/blog/fedcba9876543210";
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory directory = new();
    private readonly InProcessCalls calls = new(Account);
    private IStore store = null!;
    private StoreAttackLog log = null!;

    public async Task InitializeAsync()
    {
        store = await StoreFactory.OpenAsync(null, directory.Path);
        log = new StoreAttackLog(store);
    }

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        directory.Dispose();
    }

    [Fact]
    public async Task An_ongoing_attack_is_listed_and_its_later_report_replaces_it_with_the_end_and_counters()
    {
        await log.RecordAsync(new DetectedAttack("flood-1", Gateway, Start, null, ["REQUEST_FLOOD"], []), CancellationToken.None);

        var ongoing = (await calls.RunAsync(new ListAttacks(log), "{}"))["AttackSummaries"]!.AsArray();
        var summary = Assert.Single(ongoing)!;
        Assert.Equal("flood-1", summary["AttackId"]!.GetValue<string>());
        Assert.Null(summary["EndTime"]);
        Assert.Equal("REQUEST_FLOOD", summary["AttackVectors"]![0]!["VectorType"]!.GetValue<string>());

        await log.RecordAsync(new DetectedAttack("flood-1", Gateway, Start, Start.AddMinutes(5), ["REQUEST_FLOOD"],
            [new AttackCounter("RequestsPerSecond", 9000, 4000, 1_200_000, 300, "Requests")]), CancellationToken.None);

        var detail = (await calls.RunAsync(new DescribeAttack(log), """{"AttackId":"flood-1"}"""))["Attack"]!;
        Assert.Equal(Gateway, detail["ResourceArn"]!.GetValue<string>());
        Assert.Equal(Start.AddMinutes(5), detail["EndTime"]!.GetValue<DateTimeOffset>());
        var counter = Assert.Single(detail["AttackCounters"]!.AsArray())!;
        Assert.Equal(9000, counter["Max"]!.GetValue<double>());
        Assert.Equal(300, counter["N"]!.GetValue<int>());
        Assert.Single((await calls.RunAsync(new ListAttacks(log), "{}"))["AttackSummaries"]!.AsArray());
    }

    [Fact]
    public async Task The_detail_holds_properties_with_top_contributors_sub_resources_and_mitigations_and_survives_the_store()
    {
        await log.RecordAsync(new DetectedAttack("flood-2", Gateway, Start, Start.AddMinutes(2), ["REQUEST_FLOOD"],
            [new AttackCounter("REQUEST_FLOOD", 3000, 1500, 180_000, 120, "Requests")],
            [new AttackProperty("APPLICATION", "SOURCE_IP_ADDRESS", "REQUESTS", 180_000, [new AttackContributor("192.0.2.7", 170_000), new AttackContributor("192.0.2.8", 10_000)])],
            [new AttackSubResource("URL", "/login", "REQUEST_FLOOD", 150_000, 120, "Requests")],
            ["Requests beyond a client's in-flight cap answered 503"]), CancellationToken.None);

        var detail = (await calls.RunAsync(new DescribeAttack(log), """{"AttackId":"flood-2"}"""))["Attack"]!;

        var property = Assert.Single(detail["AttackProperties"]!.AsArray())!;
        Assert.Equal("APPLICATION", property["AttackLayer"]!.GetValue<string>());
        Assert.Equal("SOURCE_IP_ADDRESS", property["AttackPropertyIdentifier"]!.GetValue<string>());
        Assert.Equal("REQUESTS", property["Unit"]!.GetValue<string>());
        Assert.Equal(180_000, property["Total"]!.GetValue<long>());
        Assert.Equal("192.0.2.7", property["TopContributors"]![0]!["Name"]!.GetValue<string>());
        Assert.Equal(170_000, property["TopContributors"]![0]!["Value"]!.GetValue<long>());
        var resource = Assert.Single(detail["SubResources"]!.AsArray())!;
        Assert.Equal("URL", resource["Type"]!.GetValue<string>());
        Assert.Equal("/login", resource["Id"]!.GetValue<string>());
        var vector = Assert.Single(resource["AttackVectors"]!.AsArray())!;
        Assert.Equal("REQUEST_FLOOD", vector["VectorType"]!.GetValue<string>());
        Assert.Equal(150_000, vector["VectorCounters"]![0]!["Sum"]!.GetValue<double>());
        Assert.Equal(1250, resource["Counters"]![0]!["Average"]!.GetValue<double>());
        Assert.Equal("Requests beyond a client's in-flight cap answered 503", Assert.Single(detail["Mitigations"]!.AsArray())!["MitigationName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Attacks_are_filtered_by_resource_and_time_newest_first_and_paged()
    {
        await log.RecordAsync(new DetectedAttack("a", Gateway, Start, Start.AddMinutes(1), ["SLOWLORIS"], []), CancellationToken.None);
        await log.RecordAsync(new DetectedAttack("b", OtherGateway, Start.AddHours(1), Start.AddHours(2), ["REQUEST_FLOOD"], []), CancellationToken.None);
        await log.RecordAsync(new DetectedAttack("c", Gateway, Start.AddDays(1), null, ["REQUEST_FLOOD"], []), CancellationToken.None);

        Assert.Equal(["c", "b", "a"], Ids(await calls.RunAsync(new ListAttacks(log), "{}")));
        Assert.Equal(["c", "a"], Ids(await calls.RunAsync(new ListAttacks(log), $$$"""{"ResourceArns":["{{{Gateway}}}"]}""")));
        Assert.Equal(["b", "a"], Ids(await calls.RunAsync(new ListAttacks(log),
            $$$"""{"StartTime":{"FromInclusive":"{{{Start:O}}}","ToExclusive":"{{{Start.AddHours(12):O}}}"} }""")));

        var first = await calls.RunAsync(new ListAttacks(log), """{"MaxResults":2}""");
        Assert.Equal(["c", "b"], Ids(first));
        var second = await calls.RunAsync(new ListAttacks(log), $$$"""{"MaxResults":2,"NextToken":"{{{first["NextToken"]}}}"}""");
        Assert.Equal(["a"], Ids(second));
        Assert.Null(second["NextToken"]);
    }

    [Fact]
    public async Task An_unknown_attack_is_access_denied_as_AWS_answers()
    {
        var error = await Assert.ThrowsAsync<Protocol.AwsException>(() => calls.RunAsync(new DescribeAttack(log), """{"AttackId":"nope"}"""));
        Assert.Equal("AccessDeniedException", error.Error.Code);
    }

    private static string[] Ids(JsonObject listed) =>
        [.. listed["AttackSummaries"]!.AsArray().Select(summary => summary!["AttackId"]!.GetValue<string>())];
}
