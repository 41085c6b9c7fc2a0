using System.Text.Json;
using Rampart.Storage.Items;

namespace Rampart.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Put_then_get_returns_the_document_and_version_one()
    {
        var store = await OpenStoreAsync();

        var version = await store.PutAsync(Key("alice"), """{"name":"Alice"}""");
        var item = await store.GetAsync(Key("alice"));

        Assert.Equal(1, version);
        Assert.NotNull(item);
        Assert.Equal("""{"name":"Alice"}""", item.Json);
        Assert.Equal(1, item.Version);
        Assert.Equal(Key("alice"), item.Key);
    }

    [Fact]
    public async Task Get_of_a_missing_item_returns_null()
    {
        var store = await OpenStoreAsync();

        Assert.Null(await store.GetAsync(Key("nobody")));
    }

    [Fact]
    public async Task Items_are_separate_per_collection_and_partition()
    {
        var store = await OpenStoreAsync();
        await store.PutAsync(Key("alice", "iam.user", "111111111111"), "1");
        await store.PutAsync(Key("alice", "iam.user", "222222222222"), "2");
        await store.PutAsync(Key("alice", "iam.role", "111111111111"), "3");

        Assert.Equal("1", (await store.GetAsync(Key("alice", "iam.user", "111111111111")))!.Json);
        Assert.Equal("2", (await store.GetAsync(Key("alice", "iam.user", "222222222222")))!.Json);
        Assert.Equal("3", (await store.GetAsync(Key("alice", "iam.role", "111111111111")))!.Json);
    }

    [Fact]
    public async Task Each_put_increments_the_version()
    {
        var store = await OpenStoreAsync();
        await store.PutAsync(Key("alice"), "1");
        await store.PutAsync(Key("alice"), "2");
        var third = await store.PutAsync(Key("alice"), "3");

        Assert.Equal(3, third);
        Assert.Equal(new StoredItem(Key("alice"), "3", 3), await store.GetAsync(Key("alice")));
    }

    [Fact]
    public async Task Create_if_absent_fails_when_the_item_exists_and_reports_its_version()
    {
        var store = await OpenStoreAsync();
        await store.PutAsync(Key("alice"), "first", StoreWrite.Absent);
        await store.PutAsync(Key("alice"), "second");

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(
            async () => await store.PutAsync(Key("alice"), "third", StoreWrite.Absent));

        Assert.Equal(Key("alice"), conflict.Key);
        Assert.Equal(StoreWrite.Absent, conflict.ExpectedVersion);
        Assert.Equal(2, conflict.ActualVersion);
        Assert.Equal("second", (await store.GetAsync(Key("alice")))!.Json);
    }

    [Fact]
    public async Task Put_with_a_stale_version_conflicts_and_with_the_current_version_succeeds()
    {
        var store = await OpenStoreAsync();
        await store.PutAsync(Key("alice"), "v1");
        await store.PutAsync(Key("alice"), "v2", expectedVersion: 1);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(
            async () => await store.PutAsync(Key("alice"), "lost update", expectedVersion: 1));
        var version = await store.PutAsync(Key("alice"), "v3", expectedVersion: 2);

        Assert.Equal(2, conflict.ActualVersion);
        Assert.Equal(3, version);
        Assert.Equal("v3", (await store.GetAsync(Key("alice")))!.Json);
    }

    [Fact]
    public async Task Put_with_an_expected_version_on_a_missing_item_conflicts_with_actual_version_zero()
    {
        var store = await OpenStoreAsync();

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(
            async () => await store.PutAsync(Key("ghost"), "{}", expectedVersion: 4));

        Assert.Equal(StoreWrite.Absent, conflict.ActualVersion);
        Assert.Null(await store.GetAsync(Key("ghost")));
    }

    [Fact]
    public async Task Delete_reports_whether_the_item_existed()
    {
        var store = await OpenStoreAsync();
        await store.PutAsync(Key("alice"), "{}");

        Assert.True(await store.DeleteAsync(Key("alice")));
        Assert.False(await store.DeleteAsync(Key("alice")));
        Assert.Null(await store.GetAsync(Key("alice")));
    }

    [Fact]
    public async Task Delete_with_a_wrong_version_conflicts_and_keeps_the_item()
    {
        var store = await OpenStoreAsync();
        await store.PutAsync(Key("alice"), "v1");
        await store.PutAsync(Key("alice"), "v2");

        await Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await store.DeleteAsync(Key("alice"), expectedVersion: 1));
        Assert.NotNull(await store.GetAsync(Key("alice")));
        Assert.True(await store.DeleteAsync(Key("alice"), expectedVersion: 2));
        Assert.Null(await store.GetAsync(Key("alice")));
    }

    [Fact]
    public async Task A_transaction_commits_all_of_its_writes()
    {
        var store = await OpenStoreAsync();
        await store.PutAsync(Key("old"), "{}");

        var versions = await store.CommitAsync(
        [
            new StoreWrite.Put(Key("alice", "iam.user"), """{"id":"AIDAEXAMPLE1"}""", StoreWrite.Absent),
            new StoreWrite.Put(Key("ALICE", "iam.user-name"), """{"name":"alice"}""", StoreWrite.Absent),
            new StoreWrite.Put(Key("AIDAEXAMPLE1", "iam.user-id"), """{"name":"alice"}""", StoreWrite.Absent),
            new StoreWrite.Delete(Key("old")),
        ]);

        Assert.Equal([1, 1, 1, 1], versions);
        Assert.NotNull(await store.GetAsync(Key("alice", "iam.user")));
        Assert.NotNull(await store.GetAsync(Key("ALICE", "iam.user-name")));
        Assert.NotNull(await store.GetAsync(Key("AIDAEXAMPLE1", "iam.user-id")));
        Assert.Null(await store.GetAsync(Key("old")));
    }

    [Fact]
    public async Task A_transaction_with_one_failing_write_leaves_everything_unchanged()
    {
        var store = await OpenStoreAsync();
        await store.PutAsync(Key("bob", "iam.user"), "bob v1");
        await store.PutAsync(Key("ALICE", "iam.user-name"), "taken");

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await store.CommitAsync(
        [
            new StoreWrite.Put(Key("alice", "iam.user"), "alice", StoreWrite.Absent),
            new StoreWrite.Put(Key("bob", "iam.user"), "bob v2"),
            new StoreWrite.Delete(Key("bob", "iam.user-name")),
            new StoreWrite.Put(Key("ALICE", "iam.user-name"), "mine", StoreWrite.Absent),
        ]));

        Assert.Equal(Key("ALICE", "iam.user-name"), conflict.Key);
        Assert.Null(await store.GetAsync(Key("alice", "iam.user")));
        Assert.Equal(new StoredItem(Key("bob", "iam.user"), "bob v1", 1), await store.GetAsync(Key("bob", "iam.user")));
        Assert.Equal("taken", (await store.GetAsync(Key("ALICE", "iam.user-name")))!.Json);
        Assert.Equal(1, await store.CountAsync("iam.user", "111122223333"));
    }

    [Fact]
    public async Task A_check_write_guards_a_transaction_without_changing_the_checked_item()
    {
        var store = await OpenStoreAsync();
        await store.PutAsync(Key("admins", "iam.group"), "group");
        await store.PutAsync(Key("admins", "iam.group"), "group renamed");

        await Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await store.CommitAsync(
        [
            new StoreWrite.Check(Key("admins", "iam.group"), 1),
            new StoreWrite.Put(Key("admins/alice", "iam.membership"), "{}"),
        ]));
        var versions = await store.CommitAsync(
        [
            new StoreWrite.Check(Key("admins", "iam.group"), 2),
            new StoreWrite.Put(Key("admins/alice", "iam.membership"), "{}"),
        ]);

        Assert.Equal([2, 1], versions);
        Assert.Equal(2, (await store.GetAsync(Key("admins", "iam.group")))!.Version);
    }

    [Fact]
    public async Task A_unique_secondary_lookup_finds_the_owner_and_rejects_a_duplicate()
    {
        var store = await OpenStoreAsync();
        async Task CreateKeyAsync(string user, string accessKeyId) => await store.CommitAsync(
        [
            new StoreWrite.Put(Key($"{user}/{accessKeyId}", "iam.access-key"), $$"""{"user":"{{user}}"}""", StoreWrite.Absent),
            new StoreWrite.Put(new ItemKey("iam.access-key-id", string.Empty, accessKeyId), $$"""{"account":"111122223333","user":"{{user}}"}""", StoreWrite.Absent),
        ]);
        await CreateKeyAsync("alice", "AKIAEXAMPLEALICE0001");
        await CreateKeyAsync("bob", "AKIAEXAMPLEBOB000001");

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => CreateKeyAsync("mallory", "AKIAEXAMPLEALICE0001"));
        var owner = await store.GetAsync(new ItemKey("iam.access-key-id", string.Empty, "AKIAEXAMPLEALICE0001"));

        Assert.Equal("alice", JsonDocument.Parse(owner!.Json).RootElement.GetProperty("user").GetString());
        Assert.Null(await store.GetAsync(Key("mallory/AKIAEXAMPLEALICE0001", "iam.access-key")));
    }

    [Fact]
    public async Task Case_insensitive_uniqueness_works_through_a_normalized_key()
    {
        var store = await OpenStoreAsync();
        await store.PutAsync(Key("Alice".ToUpperInvariant(), "iam.user-name"), """{"name":"Alice"}""", StoreWrite.Absent);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            async () => await store.PutAsync(Key("aLiCe".ToUpperInvariant(), "iam.user-name"), """{"name":"aLiCe"}""", StoreWrite.Absent));
    }

    [Fact]
    public async Task Counts_follow_inserts_and_deletes_but_not_updates()
    {
        var store = await OpenStoreAsync();
        Assert.Equal(0, await store.CountAsync("test.item", "111122223333"));

        for (var index = 0; index < 5; index++)
        {
            await store.PutAsync(Key($"k{index}"), "{}");
        }

        await store.PutAsync(Key("k0"), "updated");
        await store.DeleteAsync(Key("k1"));
        await store.DeleteAsync(Key("never-there"));
        await store.CommitAsync([new StoreWrite.Put(Key("k9"), "{}"), new StoreWrite.Delete(Key("k2")), new StoreWrite.Put(Key("other", partition: "444455556666"), "{}")]);

        Assert.Equal(4, await store.CountAsync("test.item", "111122223333"));
        Assert.Equal(1, await store.CountAsync("test.item", "444455556666"));
        Assert.Equal(0, await store.CountAsync("test.other", "111122223333"));
    }

    [Fact]
    public async Task Keys_that_break_a_dialect_are_refused_up_front()
    {
        Assert.Throws<ArgumentException>(() => Key("nul\0inside"));
        Assert.Throws<ArgumentException>(() => Key(string.Empty));
        Assert.Throws<ArgumentException>(() => Key(new string('é', 600)));
        var store = await OpenStoreAsync();
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await store.CommitAsync([new StoreWrite.Check(Key("a"), StoreWrite.Absent)]));
    }

    [Fact]
    public async Task Concurrent_read_modify_write_increments_lose_no_update()
    {
        const int Writers = 8;
        const int IncrementsEach = 200;
        var store = await OpenStoreAsync();
        var counter = Key("counter");

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            for (var increment = 0; increment < IncrementsEach; increment++)
            {
                await store.UpdateAsync(counter, current =>
                {
                    var value = current is null ? 0 : JsonDocument.Parse(current).RootElement.GetProperty("n").GetInt32();
                    return $$"""{"n":{{value + 1}}}""";
                });
            }
        })));

        var item = await store.GetAsync(counter);
        Assert.Equal(Writers * IncrementsEach, JsonDocument.Parse(item!.Json).RootElement.GetProperty("n").GetInt32());
        Assert.Equal(Writers * IncrementsEach, item.Version);
    }

    [Fact]
    public async Task Concurrent_transactions_fail_alone_when_they_conflict()
    {
        var store = await OpenStoreAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 40).Select(index => Task.Run(async () =>
        {
            await store.PutAsync(Key($"independent-{index:D2}"), "{}", StoreWrite.Absent);
            try
            {
                await store.CommitAsync([new StoreWrite.Put(Key($"claimant-{index:D2}"), "{}", StoreWrite.Absent), new StoreWrite.Put(Key("prize"), $"{index}", StoreWrite.Absent)]);
                return index;
            }
            catch (ConcurrencyConflictException)
            {
                return -1;
            }
        })));

        var winner = Assert.Single(outcomes, outcome => outcome >= 0);
        var claimants = await store.ListAsync(new ListQuery("test.item", "111122223333", Prefix: "claimant-"));
        var independents = await store.ListAsync(new ListQuery("test.item", "111122223333", Prefix: "independent-"));
        Assert.Equal([$"claimant-{winner:D2}"], claimants.Items.Select(item => item.Key.Key));
        Assert.Equal($"{winner}", (await store.GetAsync(Key("prize")))!.Json);
        Assert.Equal(40, independents.Items.Count);
        Assert.Equal(42, await store.CountAsync("test.item", "111122223333"));
    }

    [Fact]
    public async Task Wipe_removes_every_item_count_and_event()
    {
        var store = await OpenStoreAsync();
        await store.PutAsync(Key("alice"), "{}");
        await store.AppendEventsAsync([Event("e1", 1, "123456789012/us-east-1")]);

        await store.WipeAsync();

        Assert.Null(await store.GetAsync(Key("alice")));
        Assert.Equal(0, await store.CountAsync("test.item", "111122223333"));
        Assert.Empty((await store.ListAsync(new ListQuery("test.item", "111122223333"))).Items);
        Assert.Empty((await store.QueryEventsAsync(new Events.EventQuery("123456789012/us-east-1"))).Events);
        Assert.Equal(1, await store.PutAsync(Key("alice"), "{}", StoreWrite.Absent));
    }
}
