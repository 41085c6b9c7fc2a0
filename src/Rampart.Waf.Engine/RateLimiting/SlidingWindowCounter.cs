namespace Rampart.Waf.Engine.RateLimiting;

/// <summary>Requests of one aggregation instance over a window, kept as 60 buckets of window/60 seconds each, so the
/// count slides in steps of at most ten seconds.</summary>
internal sealed class SlidingWindowCounter(long bucketSeconds)
{
    public const int Buckets = 60;

    private readonly long[] stamps = new long[Buckets];
    private readonly int[] counts = new int[Buckets];
    private readonly Lock gate = new();

    public long LastBucket { get; private set; } = long.MinValue;

    /// <summary>Counts one request at <paramref name="nowSeconds"/> and returns the window's count including it.</summary>
    public long Add(long nowSeconds)
    {
        var bucket = nowSeconds / bucketSeconds;
        lock (gate)
        {
            var slot = (int)(bucket % Buckets);
            if (stamps[slot] != bucket)
            {
                stamps[slot] = bucket;
                counts[slot] = 0;
            }
            if (counts[slot] < int.MaxValue)
            {
                counts[slot]++;
            }
            LastBucket = bucket;
            return SumLocked(bucket);
        }
    }

    public long Count(long nowSeconds)
    {
        lock (gate)
        {
            return SumLocked(nowSeconds / bucketSeconds);
        }
    }

    private long SumLocked(long bucket)
    {
        long total = 0;
        for (var i = 0; i < Buckets; i++)
        {
            if (stamps[i] > bucket - Buckets && stamps[i] <= bucket)
            {
                total += counts[i];
            }
        }
        return total;
    }
}
