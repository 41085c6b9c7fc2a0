using Rampart.Storage.Changes;
using Rampart.Storage.Items;

namespace Rampart.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    private static readonly TimeSpan NotificationTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Subscribers_receive_each_committed_change_in_order()
    {
        var store = await OpenStoreAsync();
        using var subscription = store.SubscribeChanges();

        await store.PutAsync(Key("a"), "{}");
        await store.CommitAsync([new StoreWrite.Put(Key("b"), "{}"), new StoreWrite.Delete(Key("a"))]);
        await store.WipeAsync();

        Assert.Equal(
            [new StoreChange(Key("a")), new StoreChange(Key("b")), new StoreChange(Key("a")), StoreChange.Everything],
            await NextChangesAsync(subscription, 4));
    }

    [Fact]
    public async Task Failed_transactions_and_no_op_deletes_notify_nothing()
    {
        var store = await OpenStoreAsync();
        await store.PutAsync(Key("taken"), "{}");
        using var subscription = store.SubscribeChanges();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await store.CommitAsync(
            [new StoreWrite.Put(Key("fresh"), "{}"), new StoreWrite.Put(Key("taken"), "{}", StoreWrite.Absent)]));
        await store.DeleteAsync(Key("never-there"));
        await store.PutAsync(Key("marker"), "{}");

        Assert.Equal([new StoreChange(Key("marker"))], await NextChangesAsync(subscription, 1));
        Assert.False(subscription.Reader.TryRead(out _));
    }

    [Fact]
    public async Task A_disposed_subscription_stops_receiving()
    {
        var store = await OpenStoreAsync();
        var subscription = store.SubscribeChanges();

        subscription.Dispose();
        await store.PutAsync(Key("a"), "{}");

        Assert.False(subscription.Reader.TryRead(out _));
        Assert.True(subscription.Reader.Completion.IsCompleted);
    }

    protected static async Task<IReadOnlyList<StoreChange>> NextChangesAsync(ChangeSubscription subscription, int count)
    {
        using var timeout = new CancellationTokenSource(NotificationTimeout);
        var changes = new List<StoreChange>();
        await foreach (var change in subscription.ReadAllAsync(timeout.Token))
        {
            changes.Add(change);
            if (changes.Count == count)
            {
                break;
            }
        }

        return changes;
    }
}
