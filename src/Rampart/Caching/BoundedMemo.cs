using System.Collections.Concurrent;

namespace Rampart.Caching;

/// <summary>
/// Remembers values that depend on their key alone, so that each call reuses one long-lived instance instead of
/// allocating its own. Keys can come from requests, so past its capacity the memo starts over rather than grow.
/// </summary>
public sealed class BoundedMemo<TKey, TValue>(Func<TKey, TValue> compute, int capacity = 4_096)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> values = new();

    public TValue this[TKey key]
    {
        get
        {
            if (values.TryGetValue(key, out var known))
            {
                return known;
            }
            if (values.Count >= capacity)
            {
                values.Clear();
            }
            return values.GetOrAdd(key, compute);
        }
    }
}
