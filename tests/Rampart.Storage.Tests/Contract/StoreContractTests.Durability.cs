using Rampart.Storage.Items;

namespace Rampart.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Data_survives_closing_and_reopening_the_store()
    {
        var store = await OpenStoreAsync();
        await store.PutAsync(Key("alice"), """{"name":"alice"}""");
        await store.AppendEventsAsync([Event("e1", 1)]);
        await store.DisposeAsync();
        opened.Remove(store);

        var reopened = await OpenStoreAsync();

        Assert.Equal(new StoredItem(Key("alice"), """{"name":"alice"}""", 1), await reopened.GetAsync(Key("alice")));
        Assert.Equal(["e1"], (await reopened.QueryEventsAsync(new Events.EventQuery(Trail))).Events.Select(logged => logged.EventId));
    }

    [Fact]
    public async Task Disposing_a_store_twice_is_harmless()
    {
        var store = await OpenStoreAsync();
        await store.PutAsync(Key("alice"), "{}");

        await store.DisposeAsync();
        await store.DisposeAsync();
    }

    [Fact]
    public async Task Opening_an_up_to_date_database_again_changes_nothing()
    {
        await OpenStoreAsync();
        var second = await OpenStoreAsync();

        await second.PutAsync(Key("after-second-open"), "{}");
        Assert.Equal(1, await second.CountAsync("test.item", "111122223333"));
    }

    [Fact]
    public async Task A_database_from_a_newer_schema_is_refused()
    {
        await OpenStoreAsync();
        await ExecuteRawAsync("INSERT INTO schema_migrations (version, description, applied_at) VALUES (999, 'from the future', 'now')");

        var refused = await Assert.ThrowsAsync<StoreSchemaException>(() => OpenStoreAsync());

        Assert.Contains("999", refused.Message, StringComparison.Ordinal);
        await ExecuteRawAsync("DELETE FROM schema_migrations WHERE version = 999");
    }

    [Fact]
    public async Task An_event_log_written_by_schema_version_1_is_still_found_by_every_attribute_after_the_upgrade()
    {
        await OpenStoreAsync();
        foreach (var column in (string[])["event_name", "event_source", "username", "access_key_id", "resource_type", "resource_name"])
        {
            await ExecuteRawAsync($"DROP INDEX events_by_{column}");
        }
        foreach (var column in (string[])["event_name", "event_source", "username", "access_key_id", "read_only", "resource_type", "resource_name"])
        {
            await ExecuteRawAsync($"ALTER TABLE events DROP COLUMN {column}");
        }
        await ExecuteRawAsync("DELETE FROM schema_migrations WHERE version IN (2, 3)");
        await ExecuteRawAsync("INSERT INTO events (partition_key, event_id, event_time, document) VALUES ('123456789012/us-east-1', 'old', 60000, '{}')");
        await ExecuteRawAsync(
            "INSERT INTO event_attributes (partition_key, attr_name, attr_value, event_time, seq) SELECT partition_key, v.n, v.v, event_time, seq " +
            "FROM events, (SELECT 'EventName' AS n, 'CreateUser' AS v UNION ALL SELECT 'ReadOnly', 'false' UNION ALL SELECT 'Username', 'root' " +
            "UNION ALL SELECT 'EventSource', 'iam.amazonaws.com' UNION ALL SELECT 'AccessKeyId', 'AKIAOLD' UNION ALL SELECT 'ResourceName', 'alice' " +
            "UNION ALL SELECT 'ResourceName', 'arn:aws:iam::123456789012:user/alice' UNION ALL SELECT 'ResourceType', 'AWS::IAM::User') v " +
            "WHERE event_id = 'old'");

        var upgraded = await OpenStoreAsync();

        foreach (var (name, value) in (ValueTuple<string, string>[])[("EventName", "CreateUser"), ("ReadOnly", "false"), ("Username", "root"),
            ("EventSource", "iam.amazonaws.com"), ("AccessKeyId", "AKIAOLD"), ("ResourceName", "alice"),
            ("ResourceName", "arn:aws:iam::123456789012:user/alice"), ("ResourceType", "AWS::IAM::User")])
        {
            var found = await upgraded.QueryEventsAsync(new Events.EventQuery("123456789012/us-east-1", new Events.EventAttribute(name, value)));
            Assert.Equal(["old"], found.Events.Select(logged => logged.EventId));
        }
    }

    [Fact]
    public async Task Killing_a_writer_mid_burst_loses_no_acknowledged_write()
    {
        var acknowledged = await CrashWriterProcess.RunAndKillAsync(StoreUri, DataDirectory.Path, killAfter: 150);

        var store = await OpenStoreAsync();
        var items = await ListAllAsync(store, "crash.item");
        var indexes = await ListAllAsync(store, "crash.index");

        Assert.True(acknowledged.Count >= 150);
        Assert.Empty(acknowledged.Except(items));
        // Each write was a two-item transaction: after the crash both halves exist or neither does.
        Assert.Equal(items.Select(key => key.Replace("key-", "index-", StringComparison.Ordinal)), indexes);
        Assert.Equal(items.Count, await store.CountAsync("crash.item", "burst"));
    }

    private static async Task<List<string>> ListAllAsync(IStore store, string collection)
    {
        var keys = new List<string>();
        string? marker = null;
        do
        {
            var page = await store.ListAsync(new ListQuery(collection, "burst", StartAfter: marker, Limit: 1000));
            keys.AddRange(page.Items.Select(item => item.Key.Key));
            marker = page.NextStartAfter;
        }
        while (marker is not null);

        return keys;
    }
}
