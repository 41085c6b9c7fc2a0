using System.Threading.Channels;

namespace Rampart.Storage.Changes;

/// <summary>
/// Receives every change committed after <see cref="IStore.SubscribeChanges"/> returned, in commit order per
/// process, until disposed. Read with <see cref="ReadAllAsync"/> or <see cref="Reader"/>.
/// </summary>
public sealed class ChangeSubscription : IDisposable
{
    private readonly Channel<StoreChange> channel = Channel.CreateUnbounded<StoreChange>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });
    private readonly Action<ChangeSubscription> unsubscribe;
    private int disposed;

    internal ChangeSubscription(Action<ChangeSubscription> unsubscribe)
    {
        this.unsubscribe = unsubscribe;
    }

    public ChannelReader<StoreChange> Reader => channel.Reader;

    public IAsyncEnumerable<StoreChange> ReadAllAsync(CancellationToken cancellationToken = default) => channel.Reader.ReadAllAsync(cancellationToken);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            unsubscribe(this);
            channel.Writer.TryComplete();
        }
    }

    internal void Deliver(StoreChange change) => channel.Writer.TryWrite(change);

    internal void Complete() => channel.Writer.TryComplete();
}
