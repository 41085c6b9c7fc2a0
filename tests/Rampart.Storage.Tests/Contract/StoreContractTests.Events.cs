using Rampart.Storage.Events;

namespace Rampart.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    private const string Trail = "123456789012/us-east-1";
    private static readonly DateTimeOffset Epoch = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Events_come_back_newest_first_with_their_documents()
    {
        var store = await OpenStoreAsync();
        await store.AppendEventsAsync([Event("e1", 1), Event("e2", 2), Event("e3", 3)]);

        var page = await store.QueryEventsAsync(new EventQuery(Trail));

        Assert.Equal(["e3", "e2", "e1"], page.Events.Select(logged => logged.EventId));
        Assert.Equal(Epoch.AddMinutes(3), page.Events[0].EventTime);
        Assert.Equal("""{"eventID":"e3"}""", page.Events[0].Json);
        Assert.Equal(Trail, page.Events[0].Partition);
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task Events_at_the_same_time_come_back_in_reverse_append_order()
    {
        var store = await OpenStoreAsync();
        await store.AppendEventsAsync([Event("first", 5), Event("second", 5)]);
        await store.AppendEventsAsync([Event("third", 5)]);

        var page = await store.QueryEventsAsync(new EventQuery(Trail));

        Assert.Equal(["third", "second", "first"], page.Events.Select(logged => logged.EventId));
    }

    [Fact]
    public async Task Paging_with_continuation_tokens_returns_every_event_once()
    {
        var store = await OpenStoreAsync();
        await store.AppendEventsAsync([.. Enumerable.Range(0, 23).Select(index => Event($"e{index:D2}", index / 2))]);

        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await store.QueryEventsAsync(new EventQuery(Trail, Limit: 5, ContinuationToken: token));
            seen.AddRange(page.Events.Select(logged => logged.EventId));
            token = page.ContinuationToken;
        }
        while (token is not null);

        Assert.Equal(Enumerable.Range(0, 23).Reverse().Select(index => $"e{index:D2}"), seen);
    }

    [Fact]
    public async Task An_attribute_selects_the_events_that_carry_it()
    {
        var store = await OpenStoreAsync();
        await store.AppendEventsAsync(
        [
            Event("create-alice", 1, attributes: [new("EventName", "CreateUser"), new("Username", "alice"), new("ResourceName", "alice")]),
            Event("create-bob", 2, attributes: [new("EventName", "CreateUser"), new("Username", "admin"), new("ResourceName", "bob")]),
            Event("delete-alice", 3, attributes: [new("EventName", "DeleteUser"), new("ResourceName", "alice"), new("ResourceName", "arn:aws:iam::123456789012:user/alice")]),
            Event("create-carol", 4, attributes: [new("EventName", "CreateUser"), new("ResourceName", "carol")], partition: "210987654321/us-east-1"),
        ]);

        var created = await store.QueryEventsAsync(new EventQuery(Trail, new EventAttribute("EventName", "CreateUser")));
        var aboutAlice = await store.QueryEventsAsync(new EventQuery(Trail, new EventAttribute("ResourceName", "alice")));
        var byArn = await store.QueryEventsAsync(new EventQuery(Trail, new EventAttribute("ResourceName", "arn:aws:iam::123456789012:user/alice")));
        var wrongCase = await store.QueryEventsAsync(new EventQuery(Trail, new EventAttribute("EventName", "createuser")));

        Assert.Equal(["create-bob", "create-alice"], created.Events.Select(logged => logged.EventId));
        Assert.Equal(["delete-alice", "create-alice"], aboutAlice.Events.Select(logged => logged.EventId));
        Assert.Equal(["delete-alice"], byArn.Events.Select(logged => logged.EventId));
        Assert.Empty(wrongCase.Events);
    }

    [Fact]
    public async Task An_event_id_selects_that_event_of_the_partition_within_the_time_range()
    {
        var store = await OpenStoreAsync();
        await store.AppendEventsAsync([Event("e1", 1), Event("e2", 2), Event("e2", 3, partition: "210987654321/us-east-1")]);

        var found = await store.QueryEventsAsync(new EventQuery(Trail, EventId: "e2"));
        var outsideRange = await store.QueryEventsAsync(new EventQuery(Trail, EndTime: Epoch.AddMinutes(1), EventId: "e2"));
        var missing = await store.QueryEventsAsync(new EventQuery(Trail, EventId: "E2"));

        Assert.Equal([("e2", Epoch.AddMinutes(2))], found.Events.Select(logged => (logged.EventId, logged.EventTime)));
        Assert.Empty(outsideRange.Events);
        Assert.Empty(missing.Events);
        await Assert.ThrowsAsync<ArgumentException>(async () =>
            await store.QueryEventsAsync(new EventQuery(Trail, new EventAttribute("EventName", "x"), EventId: "e1")));
    }

    [Fact]
    public async Task A_time_range_is_inclusive_and_combines_with_an_attribute_and_paging()
    {
        var store = await OpenStoreAsync();
        await store.AppendEventsAsync(
            [.. Enumerable.Range(0, 10).Select(minute => Event($"e{minute}", minute, attributes: [new("ReadOnly", minute % 2 == 0 ? "true" : "false")]))]);

        var window = await store.QueryEventsAsync(new EventQuery(Trail, StartTime: Epoch.AddMinutes(2), EndTime: Epoch.AddMinutes(5)));
        var first = await store.QueryEventsAsync(new EventQuery(Trail, new EventAttribute("ReadOnly", "true"), Epoch.AddMinutes(1), Epoch.AddMinutes(8), Limit: 2));
        var second = await store.QueryEventsAsync(new EventQuery(Trail, new EventAttribute("ReadOnly", "true"), Epoch.AddMinutes(1), Epoch.AddMinutes(8), Limit: 2, ContinuationToken: first.ContinuationToken));

        Assert.Equal(["e5", "e4", "e3", "e2"], window.Events.Select(logged => logged.EventId));
        Assert.Equal(["e8", "e6"], first.Events.Select(logged => logged.EventId));
        Assert.Equal(["e4", "e2"], second.Events.Select(logged => logged.EventId));
        Assert.Null(second.ContinuationToken);
    }

    [Fact]
    public async Task Appending_an_event_id_again_is_a_no_op()
    {
        var store = await OpenStoreAsync();
        await store.AppendEventsAsync([Event("e1", 1, attributes: [new("EventName", "CreateUser")])]);

        await store.AppendEventsAsync([Event("e1", 1, attributes: [new("EventName", "CreateUser")]), Event("e2", 2)]);
        var all = await store.QueryEventsAsync(new EventQuery(Trail));
        var created = await store.QueryEventsAsync(new EventQuery(Trail, new EventAttribute("EventName", "CreateUser")));

        Assert.Equal(["e2", "e1"], all.Events.Select(logged => logged.EventId));
        Assert.Single(created.Events);
    }

    [Fact]
    public async Task Single_valued_and_repeating_attributes_select_together_with_time_and_paging()
    {
        var store = await OpenStoreAsync();
        await store.AppendEventsAsync(
        [
            Event("r1", 1, attributes: [new("ReadOnly", "true"), new("EventSource", "iam.amazonaws.com"), new("AccessKeyId", "AKIA1")]),
            Event("w2", 2, attributes: [new("ReadOnly", "false"), new("EventSource", "iam.amazonaws.com"), new("AccessKeyId", "AKIA1")]),
            Event("r3", 3, attributes: [new("ReadOnly", "true"), new("EventSource", "kms.amazonaws.com"), new("AccessKeyId", "AKIA2")]),
            Event("r4", 4, attributes: [new("ReadOnly", "true"), new("EventSource", "iam.amazonaws.com")]),
        ]);

        var readOnly = await store.QueryEventsAsync(new EventQuery(Trail, new EventAttribute("ReadOnly", "true"), Limit: 2));
        var rest = await store.QueryEventsAsync(new EventQuery(Trail, new EventAttribute("ReadOnly", "true"), ContinuationToken: readOnly.ContinuationToken));
        var iamInRange = await store.QueryEventsAsync(new EventQuery(
            Trail, new EventAttribute("EventSource", "iam.amazonaws.com"), StartTime: Epoch.AddMinutes(2), EndTime: Epoch.AddMinutes(4)));
        var firstKey = await store.QueryEventsAsync(new EventQuery(Trail, new EventAttribute("AccessKeyId", "AKIA1")));

        Assert.Equal(["r4", "r3"], readOnly.Events.Select(logged => logged.EventId));
        Assert.Equal(["r1"], rest.Events.Select(logged => logged.EventId));
        Assert.Equal(["r4", "w2"], iamInRange.Events.Select(logged => logged.EventId));
        Assert.Equal(["w2", "r1"], firstKey.Events.Select(logged => logged.EventId));
    }

    [Fact]
    public async Task Events_come_back_with_their_single_valued_attributes_however_they_are_selected()
    {
        var store = await OpenStoreAsync();
        EventAttribute[] full =
        [
            new("EventName", "CreateUser"), new("EventSource", "iam.amazonaws.com"), new("Username", "alice"),
            new("AccessKeyId", "AKIA1"), new("ReadOnly", "false"),
        ];
        await store.AppendEventsAsync(
        [
            Event("full", 1, attributes: [.. full, new("ResourceType", "AWS::IAM::User"), new("ResourceType", "AWS::IAM::Group")]),
            Event("some", 2, attributes: [new("ReadOnly", "true"), new("EventName", "GetUser")]),
        ]);

        var all = await store.QueryEventsAsync(new EventQuery(Trail));
        var byRepeating = await store.QueryEventsAsync(new EventQuery(Trail, new EventAttribute("ResourceType", "AWS::IAM::Group")));
        var byColumn = await store.QueryEventsAsync(new EventQuery(Trail, new EventAttribute("Username", "alice")));
        var byId = await store.QueryEventsAsync(new EventQuery(Trail, EventId: "some"));

        Assert.Equal([[new("EventName", "GetUser"), new("ReadOnly", "true")], full], all.Events.Select(logged => logged.Attributes));
        Assert.Equal(full, Assert.Single(byRepeating.Events).Attributes);
        Assert.Equal(full, Assert.Single(byColumn.Events).Attributes);
        Assert.Equal([new("EventName", "GetUser"), new("ReadOnly", "true")], Assert.Single(byId.Events).Attributes);
    }

    [Fact]
    public async Task Every_value_of_a_repeating_attribute_selects_its_event_once_across_pages()
    {
        var store = await OpenStoreAsync();
        await store.AppendEventsAsync(
        [
            Event("k1", 1, attributes: [new("ResourceType", "AWS::KMS::Key"), new("ResourceName", "key-a")]),
            Event("k2", 2, attributes: [new("ResourceName", "key-b"), new("ResourceName", "key-a"), new("ResourceType", "AWS::KMS::Key")]),
            Event("k3", 3, attributes: [new("ResourceName", "key-a")]),
        ]);
        await store.AppendEventsAsync(
        [
            Event("k4", 3, attributes: [new("ResourceType", "AWS::KMS::Key"), new("ResourceName", "key-c"), new("ResourceType", "AWS::KMS::Key"), new("ResourceName", "key-a")]),
            Event("k5", 4, attributes: [new("ResourceName", "key-b")]),
        ]);

        var aboutKeyA = new List<string>();
        string? token = null;
        do
        {
            var page = await store.QueryEventsAsync(new EventQuery(Trail, new EventAttribute("ResourceName", "key-a"), Limit: 1, ContinuationToken: token));
            aboutKeyA.AddRange(page.Events.Select(logged => logged.EventId));
            token = page.ContinuationToken;
        }
        while (token is not null);
        var keys = await store.QueryEventsAsync(new EventQuery(Trail, new EventAttribute("ResourceType", "AWS::KMS::Key")));
        var aboutKeyB = await store.QueryEventsAsync(new EventQuery(Trail, new EventAttribute("ResourceName", "key-b"), EndTime: Epoch.AddMinutes(3)));

        Assert.Equal(["k4", "k3", "k2", "k1"], aboutKeyA);
        Assert.Equal(["k4", "k2", "k1"], keys.Events.Select(logged => logged.EventId));
        Assert.Equal(["k2"], aboutKeyB.Events.Select(logged => logged.EventId));
    }

    [Fact]
    public async Task An_event_repeating_a_single_valued_attribute_is_refused_and_nothing_of_the_batch_is_logged()
    {
        var store = await OpenStoreAsync();

        var refused = await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendEventsAsync(
        [
            Event("fine", 1, attributes: [new("EventName", "GetUser")]),
            Event("twice", 2, attributes: [new("EventName", "GetUser"), new("EventName", "ListUsers")]),
        ]));

        Assert.Contains("EventName", refused.Message, StringComparison.Ordinal);
        Assert.Empty((await store.QueryEventsAsync(new EventQuery(Trail))).Events);
    }

    [Fact]
    public async Task A_document_comes_back_exactly_as_its_UTF8_went_in()
    {
        var store = await OpenStoreAsync();
        const string document = """{"userAgent":"café ☕ 𝄞","note":"quote \" backslash \\ tab \t"}""";
        await store.AppendEventsAsync([Event("e1", 1) with { Utf8Json = System.Text.Encoding.UTF8.GetBytes(document) }]);

        var page = await store.QueryEventsAsync(new EventQuery(Trail));

        Assert.Equal(document, Assert.Single(page.Events).Json);
    }

    [Fact]
    public async Task A_document_that_is_not_UTF8_is_refused_and_nothing_of_the_batch_is_logged()
    {
        var store = await OpenStoreAsync();

        var refused = await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendEventsAsync(
        [
            Event("fine", 1),
            Event("broken", 2) with { Utf8Json = new byte[] { (byte)'{', 0xC3, 0x28, (byte)'}' } },
        ]));

        Assert.Contains("broken", refused.Message, StringComparison.Ordinal);
        Assert.Empty((await store.QueryEventsAsync(new EventQuery(Trail))).Events);
    }

    [Theory]
    [InlineData("not a token")]
    [InlineData("MTox")]
    [InlineData("")]
    public async Task A_forged_continuation_token_is_refused(string token)
    {
        var store = await OpenStoreAsync();

        await Assert.ThrowsAsync<InvalidContinuationTokenException>(async () => await store.QueryEventsAsync(new EventQuery(Trail, ContinuationToken: token)));
    }

    private static EventEntry Event(string id, int minute, string partition = Trail, IReadOnlyList<EventAttribute>? attributes = null)
        => new(id, Epoch.AddMinutes(minute), partition, attributes ?? [new EventAttribute("EventId", id)], System.Text.Encoding.UTF8.GetBytes($$"""{"eventID":"{{id}}"}"""));
}
