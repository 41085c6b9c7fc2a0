using System.Collections.Concurrent;

namespace Rampart.Waf.Engine.RateLimiting;

/// <summary>The counters of one rate-based rule instance (a rule in a web ACL, or in a rule group as one web ACL uses
/// it): one sliding window per aggregation key value.</summary>
internal sealed class RateLimitInstance(string settings, long windowSeconds, long limit)
{
    // Past this many tracked keys, keys idle for a whole window are dropped on the next insertion.
    private const int SweepThreshold = 100_000;

    private readonly ConcurrentDictionary<string, SlidingWindowCounter> counters = new(StringComparer.Ordinal);
    private readonly long bucketSeconds = Math.Max(1, windowSeconds / SlidingWindowCounter.Buckets);

    public string Settings { get; } = settings;

    public long Limit { get; } = limit;

    /// <summary>Counts the request under <paramref name="key"/> and says whether that key is now over the limit.</summary>
    public bool AddAndCheck(string key, long nowSeconds)
    {
        if (!counters.TryGetValue(key, out var counter))
        {
            if (counters.Count >= SweepThreshold)
            {
                Sweep(nowSeconds);
            }
            counter = counters.GetOrAdd(key, _ => new SlidingWindowCounter(bucketSeconds));
        }
        return counter.Add(nowSeconds) > Limit;
    }

    public IEnumerable<string> KeysOverLimit(long nowSeconds)
    {
        foreach (var (key, counter) in counters)
        {
            if (counter.Count(nowSeconds) > Limit)
            {
                yield return key;
            }
        }
    }

    private void Sweep(long nowSeconds)
    {
        var oldest = nowSeconds / bucketSeconds - SlidingWindowCounter.Buckets;
        foreach (var (key, counter) in counters)
        {
            if (counter.LastBucket <= oldest)
            {
                counters.TryRemove(key, out _);
            }
        }
    }
}
