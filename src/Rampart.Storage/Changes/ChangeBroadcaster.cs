namespace Rampart.Storage.Changes;

/// <summary>Fans committed changes out to the subscriptions of one store instance.</summary>
internal sealed class ChangeBroadcaster
{
    private readonly Lock gate = new();
    private ChangeSubscription[] subscriptions = [];

    public ChangeSubscription Subscribe()
    {
        var subscription = new ChangeSubscription(Remove);
        lock (gate)
        {
            subscriptions = [.. subscriptions, subscription];
        }

        return subscription;
    }

    public void Publish(StoreChange change)
    {
        foreach (var subscription in Volatile.Read(ref subscriptions))
        {
            subscription.Deliver(change);
        }
    }

    public void Publish(IEnumerable<StoreChange> changes)
    {
        var current = Volatile.Read(ref subscriptions);
        if (current.Length == 0)
        {
            return;
        }

        foreach (var change in changes)
        {
            foreach (var subscription in current)
            {
                subscription.Deliver(change);
            }
        }
    }

    public void CompleteAll()
    {
        ChangeSubscription[] closing;
        lock (gate)
        {
            closing = subscriptions;
            subscriptions = [];
        }

        foreach (var subscription in closing)
        {
            subscription.Complete();
        }
    }

    private void Remove(ChangeSubscription subscription)
    {
        lock (gate)
        {
            subscriptions = [.. subscriptions.Where(existing => existing != subscription)];
        }
    }
}
