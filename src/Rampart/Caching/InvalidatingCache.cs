using System.Collections.Concurrent;
using Rampart.Storage.Changes;

namespace Rampart.Caching;

/// <summary>A read-through cache of values derived from store items, dropped when the store reports a change
/// that affects them. A value loaded while such a change arrived is returned but not kept, so a stale read never
/// outlives the change. Keys come from requests, so the cache starts over rather than grow past its capacity.</summary>
public sealed class InvalidatingCache<TKey, TValue>(Func<StoreChange, CacheImpact<TKey>> impactOf, int capacity = 100_000) : ICacheInvalidator
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> entries = new();
    private long generation;

    public int Count => entries.Count;

    public async ValueTask<TValue> GetOrLoadAsync(TKey key, Func<TKey, CancellationToken, ValueTask<TValue>> load, CancellationToken cancellationToken)
    {
        if (entries.TryGetValue(key, out var cached))
        {
            return cached;
        }
        var before = Interlocked.Read(ref generation);
        var loaded = await load(key, cancellationToken);
        if (Interlocked.Read(ref generation) == before)
        {
            if (entries.Count >= capacity)
            {
                entries.Clear();
            }
            entries[key] = loaded;
            // A change may have been applied between the check and the write: then the entry may be stale.
            if (Interlocked.Read(ref generation) != before)
            {
                entries.TryRemove(key, out _);
            }
        }
        return loaded;
    }

    public void Invalidate(StoreChange change)
    {
        var impact = change.IsEverything ? CacheImpact<TKey>.All : impactOf(change);
        if (impact.Everything)
        {
            Interlocked.Increment(ref generation);
            entries.Clear();
        }
        else if (impact.HasKey)
        {
            Interlocked.Increment(ref generation);
            entries.TryRemove(impact.Key!, out _);
        }
    }
}
