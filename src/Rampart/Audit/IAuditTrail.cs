namespace Rampart.Audit;

/// <summary>Where the pipeline reports every call, allowed or denied, successful or failed.</summary>
public interface IAuditTrail
{
    /// <summary>Queues the call's event for the trail. Completes as soon as the record is built while the queue has
    /// room (the common case, a few microseconds); when the writer falls behind it completes only once there is
    /// room again, so events are never dropped.</summary>
    ValueTask Record(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Completes once every event recorded before the call is in the store, so that a lookup sees the
    /// caller's own earlier calls.</summary>
    Task FlushAsync(CancellationToken cancellationToken = default);
}
