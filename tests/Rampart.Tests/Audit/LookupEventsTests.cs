using System.Text.Json.Nodes;
using Rampart.Audit;
using Rampart.CloudTrail;
using Rampart.Identity;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Protocol;

namespace Rampart.Tests.Audit;

/// <summary>LookupEvents over a real store, called the way the pipeline calls it: a decoded input tree in, the
/// output tree out.</summary>
public sealed class LookupEventsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2024, 5, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Principal Alice = new(PrincipalType.User, "arn:aws:iam::123456789012:user/alice",
        AuditEntries.Account, "AIDAALICE", "alice", new Dictionary<string, string>(), "AKIAALICE", null);

    private AuditStoreFixture fixture = null!;
    private WriteBehindAuditTrail trail = null!;
    private LookupEvents lookup = null!;

    public async Task InitializeAsync()
    {
        fixture = await AuditStoreFixture.OpenAsync();
        trail = fixture.Trail();
        lookup = new LookupEvents(fixture.Store, trail);
        // Ten calls a minute apart: alternately root reading users and alice creating one.
        for (var i = 0; i < 10; i++)
        {
            var byAlice = i % 2 == 1;
            await trail.Record(AuditEntries.Call("iam", byAlice ? "CreateUser" : "ListUsers",
                request: byAlice ? new JsonObject { ["UserName"] = $"user{i}" } : [],
                identity: byAlice ? UserIdentity.Of(Alice) : null,
                readOnly: !byAlice,
                resources: byAlice ? [$"arn:aws:iam::123456789012:user/user{i}"] : [],
                time: Start.AddMinutes(i)));
        }
        await trail.Record(AuditEntries.Call("kms", "ListKeys", region: "eu-west-1", readOnly: true, time: Start));
    }

    public async Task DisposeAsync()
    {
        await trail.DisposeAsync();
        await fixture.DisposeAsync();
    }

    private async Task<JsonObject> LookupAsync(JsonObject input, string region = "us-east-1", Principal? caller = null)
    {
        var call = new CallContext(caller ?? AuditEntries.Root, region, Guid.NewGuid().ToString(), DateTimeOffset.UtcNow,
            "127.0.0.1", null, false);
        var prepared = lookup.Prepare(input, call);
        Assert.Equal("cloudtrail:LookupEvents", prepared.Access.Action);
        Assert.True(prepared.Access.ReadOnly);
        return (await prepared.Run(CancellationToken.None))!.AsObject();
    }

    private static JsonObject ByAttribute(string key, string value) => new()
    {
        ["LookupAttributes"] = new JsonArray(new JsonObject { ["AttributeKey"] = key, ["AttributeValue"] = value }),
    };

    private static List<string?> Names(JsonObject output) =>
        output["Events"]!.AsArray().Select(e => (string?)e!["EventName"]).ToList();

    [Fact]
    public async Task ReturnsTheRegionsEventsNewestFirstWithTheirFields()
    {
        var output = await LookupAsync([]);

        var events = output["Events"]!.AsArray();
        Assert.Equal(10, events.Count);
        Assert.Null(output["NextToken"]);
        var newest = events[0]!;
        Assert.Equal("CreateUser", (string?)newest["EventName"]);
        Assert.Equal("false", (string?)newest["ReadOnly"]);
        Assert.Equal("AKIAALICE", (string?)newest["AccessKeyId"]);
        Assert.Equal("alice", (string?)newest["Username"]);
        Assert.Equal("iam.amazonaws.com", (string?)newest["EventSource"]);
        Assert.Equal(Start.AddMinutes(9), DateTimeOffset.Parse((string)newest["EventTime"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("AWS::IAM::User", (string?)newest["Resources"]![0]!["ResourceType"]);
        Assert.Equal("user9", (string?)newest["Resources"]![0]!["ResourceName"]);
        var record = CloudTrailRecordJson.Parse((string)newest["CloudTrailEvent"]!);
        Assert.Equal((string?)newest["EventId"], (string?)record["eventID"]);
        Assert.Equal("user9", (string?)record["requestParameters"]!["userName"]);
        Assert.Equal("root", (string?)events[1]!["Username"]);
    }

    [Theory]
    [InlineData("EventName", "CreateUser", 5)]
    [InlineData("ReadOnly", "true", 5)]
    [InlineData("ReadOnly", "false", 5)]
    [InlineData("Username", "alice", 5)]
    [InlineData("Username", "root", 5)]
    [InlineData("ResourceType", "AWS::IAM::User", 5)]
    [InlineData("ResourceName", "user3", 1)]
    [InlineData("EventSource", "iam.amazonaws.com", 10)]
    [InlineData("EventSource", "kms.amazonaws.com", 0)]
    [InlineData("AccessKeyId", "AKIAALICE", 5)]
    [InlineData("AccessKeyId", AuditEntries.RootKey, 5)]
    [InlineData("EventName", "createuser", 0)]
    public async Task FiltersByEachLookupAttribute(string key, string value, int expected)
    {
        var output = await LookupAsync(ByAttribute(key, value));

        Assert.Equal(expected, output["Events"]!.AsArray().Count);
    }

    [Fact]
    public async Task FindsAnEventById()
    {
        var newest = (await LookupAsync([]))["Events"]![3]!;

        var found = (await LookupAsync(ByAttribute("EventId", (string)newest["EventId"]!)))["Events"]!.AsArray();

        Assert.Equal((string?)newest["CloudTrailEvent"], (string?)Assert.Single(found)!["CloudTrailEvent"]);
    }

    [Fact]
    public async Task KeepsRegionsApart()
    {
        var output = await LookupAsync([], region: "eu-west-1");

        Assert.Equal(["ListKeys"], Names(output));
    }

    [Fact]
    public async Task ReturnsOnlyEventsInTheTimeRangeBothEndsIncluded()
    {
        var output = await LookupAsync(new JsonObject
        {
            ["StartTime"] = TimestampText.ToIso8601(Start.AddMinutes(2)),
            ["EndTime"] = TimestampText.ToIso8601(Start.AddMinutes(4)),
        });

        Assert.Equal(["ListUsers", "CreateUser", "ListUsers"], Names(output));
    }

    [Fact]
    public async Task PagesThroughEveryEventExactlyOnce()
    {
        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var input = ByAttribute("ReadOnly", "true");
            input["MaxResults"] = 2;
            if (token is not null)
            {
                input["NextToken"] = token;
            }
            var output = await LookupAsync(input);
            seen.AddRange(output["Events"]!.AsArray().Select(e => (string)e!["EventId"]!));
            token = (string?)output["NextToken"];
            pages++;
        }
        while (token is not null);

        Assert.Equal(5, seen.Count);
        Assert.Equal(5, seen.Distinct().Count());
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task RefusesANextTokenGivenWithOtherParameters()
    {
        var first = ByAttribute("ReadOnly", "true");
        first["MaxResults"] = 2;
        var token = (string)(await LookupAsync(first))["NextToken"]!;

        var other = ByAttribute("ReadOnly", "false");
        other["NextToken"] = token;
        var error = await Assert.ThrowsAsync<AwsException>(() => LookupAsync(other));

        Assert.Equal("InvalidNextTokenException", error.Error.Code);
    }

    [Fact]
    public async Task RefusesANextTokenItDidNotIssue()
    {
        var error = await Assert.ThrowsAsync<AwsException>(() => LookupAsync(new JsonObject { ["NextToken"] = "garbage" }));

        Assert.Equal("InvalidNextTokenException", error.Error.Code);
    }

    [Fact]
    public async Task RefusesMoreThanOneLookupAttribute()
    {
        var input = new JsonObject
        {
            ["LookupAttributes"] = new JsonArray(
                new JsonObject { ["AttributeKey"] = "EventName", ["AttributeValue"] = "CreateUser" },
                new JsonObject { ["AttributeKey"] = "Username", ["AttributeValue"] = "alice" }),
        };

        var error = await Assert.ThrowsAsync<AwsException>(() => LookupAsync(input));

        Assert.Equal("InvalidLookupAttributesException", error.Error.Code);
    }

    [Fact]
    public async Task RefusesAnAttributeValueOverTwoThousandCountedCharacters()
    {
        // 1,001 underscores count as 2,002 characters.
        var error = await Assert.ThrowsAsync<AwsException>(() => LookupAsync(ByAttribute("ResourceName", new string('_', 1_001))));

        Assert.Equal("InvalidLookupAttributesException", error.Error.Code);
    }

    [Fact]
    public async Task RefusesAStartTimeAfterTheEndTime()
    {
        var input = new JsonObject
        {
            ["StartTime"] = TimestampText.ToIso8601(Start.AddMinutes(5)),
            ["EndTime"] = TimestampText.ToIso8601(Start),
        };

        var error = await Assert.ThrowsAsync<AwsException>(() => LookupAsync(input));

        Assert.Equal("InvalidTimeRangeException", error.Error.Code);
    }

    [Fact]
    public async Task HasNoInsightsEvents()
    {
        var output = await LookupAsync(new JsonObject { ["EventCategory"] = "insight" });

        Assert.Empty(output["Events"]!.AsArray());
    }

    [Fact]
    public async Task ShowsEachAccountOnlyItsOwnEvents()
    {
        var stranger = Principal.Root("999988887777", "AKIASTRANGER");

        var output = await LookupAsync([], caller: stranger);

        Assert.Empty(output["Events"]!.AsArray());
    }
}
