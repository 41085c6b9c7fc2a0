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
