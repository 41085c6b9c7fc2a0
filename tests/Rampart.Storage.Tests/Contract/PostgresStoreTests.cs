using Npgsql;
using Rampart.Storage.Changes;
using Rampart.Storage.Items;

namespace Rampart.Storage.Tests.Contract;

/// <summary>The contract suite against PostgreSQL, plus what only a shared database can do: several store instances at once.</summary>
public sealed class PostgresStoreTests(PostgresDatabase database) : StoreContractTests, IClassFixture<PostgresDatabase>
{
    protected override string? StoreUri => database.ConnectionString;

    protected override async Task ExecuteRawAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task WaitUntilListeningAsync(int expectedListeners)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'", connection);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((long)(await command.ExecuteScalarAsync(timeout.Token))! < expectedListeners)
        {
            await Task.Delay(100, timeout.Token);
        }
    }

    [Fact]
    public async Task A_postgres_uri_opens_the_same_database()
    {
        var store = await OpenStoreAsync();
        await store.PutAsync(Key("alice"), "{}");

        await using var viaUri = await StoreFactory.OpenAsync(database.Server.UriFor(database.ConnectionString), DataDirectory.Path);

        Assert.Equal("postgresql", viaUri.Kind);
        Assert.NotNull(await viaUri.GetAsync(Key("alice")));
        Assert.False(File.Exists(DataDirectory.File(StoreFactory.DefaultDatabaseFileName)));
    }

    [Fact]
    public async Task A_change_in_one_instance_reaches_the_subscribers_of_another()
    {
        var writer = await OpenStoreAsync();
        var reader = await OpenStoreAsync();
        using var subscription = reader.SubscribeChanges();

        await writer.PutAsync(Key("from-writer"), "{}");
        Assert.Equal([new StoreChange(Key("from-writer"))], await NextChangesAsync(subscription, 1));
        await reader.PutAsync(Key("from-reader"), "{}");
        Assert.Equal([new StoreChange(Key("from-reader"))], await NextChangesAsync(subscription, 1));
        await writer.CommitAsync([new StoreWrite.Put(Key("second"), "{}"), new StoreWrite.Put(Key("third"), "{}")]);
        await writer.WipeAsync();

        // The reader's own change arrived once, at its commit; its NOTIFY echo, sent before "second", was skipped.
        Assert.Equal(
            [new StoreChange(Key("second")), new StoreChange(Key("third")), StoreChange.Everything],
            await NextChangesAsync(subscription, 3));
    }

    [Fact]
    public async Task A_lost_listening_connection_tells_subscribers_to_drop_everything_and_then_reconnects()
    {
        var writer = await OpenStoreAsync();
        var reader = await OpenStoreAsync();
        using var subscription = reader.SubscribeChanges();

        await ExecuteRawAsync(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'");
        Assert.Equal([StoreChange.Everything], await NextChangesAsync(subscription, 1));
        await WaitUntilListeningAsync(expectedListeners: 2);
        await writer.PutAsync(Key("after-reconnect"), "{}");

        Assert.Equal([new StoreChange(Key("after-reconnect"))], await NextChangesAsync(subscription, 1));
    }

    [Fact]
    public async Task Two_instances_incrementing_one_item_lose_no_update()
    {
        var first = await OpenStoreAsync();
        var second = await OpenStoreAsync();
        var counter = Key("shared-counter");

        await Task.WhenAll(
            [.. new[] { first, second, first, second }.Select(store => Task.Run(async () =>
            {
                for (var increment = 0; increment < 100; increment++)
                {
                    await store.UpdateAsync(counter, current => (int.Parse(current ?? "0", System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }))]);

        Assert.Equal("400", (await first.GetAsync(counter))!.Json);
    }

    [Fact]
    public async Task Instances_claiming_the_same_unique_keys_in_opposite_orders_never_both_win()
    {
        var first = await OpenStoreAsync();
        var second = await OpenStoreAsync();

        async Task<int> ClaimAsync(IStore store, string[] names)
        {
            var won = 0;
            for (var round = 0; round < 50; round++)
            {
                try
                {
                    await store.CommitAsync([.. names.Select(name => new StoreWrite.Put(Key($"{name}-{round}"), "{}", StoreWrite.Absent))]);
                    won++;
                }
                catch (ConcurrencyConflictException)
                {
                }
            }

            return won;
        }

        var wins = await Task.WhenAll(Task.Run(() => ClaimAsync(first, ["x", "y"])), Task.Run(() => ClaimAsync(second, ["y", "x"])));

        Assert.Equal(50, wins.Sum());
        Assert.Equal(100, await first.CountAsync("test.item", "111122223333"));
    }
}
