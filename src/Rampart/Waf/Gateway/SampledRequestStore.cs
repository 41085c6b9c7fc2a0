using System.Collections.Concurrent;

namespace Rampart.Waf.Gateway;

/// <summary>
/// The requests GetSampledRequests draws from, per web ACL and rule metric name, for the last three hours (as long as
/// AWS keeps them). Each minute keeps a uniform sample of at most <see cref="PerMinute"/> of the requests it saw and
/// how many it saw, so a sample's weight and the population size come out as AWS reports them. A request is built
/// into a sample only when the reservoir keeps it.
/// </summary>
public sealed class SampledRequestStore(TimeProvider time)
{
    public const int PerMinute = 100;

    public static readonly TimeSpan Retention = TimeSpan.FromHours(3);

    private readonly ConcurrentDictionary<(string WebAcl, string Metric), RuleSamples> rules = new();

    public void Record(string webAclArn, string metricName, Func<SampledRequest> build) =>
        rules.GetOrAdd((webAclArn, metricName), _ => new RuleSamples()).Record(time.GetUtcNow(), build);

    /// <summary>Up to <paramref name="maxItems"/> samples from the window with their weights, and how many requests
    /// the window held.</summary>
    public (IReadOnlyList<(SampledRequest Request, long Weight)> Samples, long Population) Query(
        string webAclArn, string metricName, DateTimeOffset start, DateTimeOffset end, int maxItems)
    {
        if (!rules.TryGetValue((webAclArn, metricName), out var samples))
        {
            return ([], 0);
        }
        return samples.Query(start, end, maxItems, time.GetUtcNow() - Retention);
    }

    private sealed class RuleSamples
    {
        private readonly Queue<Minute> minutes = new();
        private readonly Lock gate = new();
        private Minute? newest;

        public void Record(DateTimeOffset now, Func<SampledRequest> build)
        {
            var minute = now.ToUnixTimeSeconds() / 60;
            lock (gate)
            {
                var current = Current(minute, now - Retention);
                current.Seen++;
                if (current.Kept.Count < PerMinute)
                {
                    current.Kept.Add(build());
                }
                else if (Random.Shared.NextInt64(current.Seen) is var slot && slot < PerMinute)
                {
                    current.Kept[(int)slot] = build();
                }
            }
        }

        public (IReadOnlyList<(SampledRequest, long)>, long) Query(DateTimeOffset start, DateTimeOffset end, int maxItems, DateTimeOffset oldest)
        {
            var chosen = new List<(SampledRequest, long)>();
            long population = 0;
            lock (gate)
            {
                foreach (var minute in minutes)
                {
                    var inWindow = minute.Kept.Where(sample => sample.Timestamp >= start && sample.Timestamp <= end && sample.Timestamp >= oldest).ToList();
                    if (inWindow.Count == 0)
                    {
                        continue;
                    }
                    // The minute's requests in the window, estimated from the share of its sample that falls in it.
                    var seenInWindow = (long)Math.Round((double)minute.Seen * inWindow.Count / minute.Kept.Count);
                    population += seenInWindow;
                    var weight = Math.Max(1, (long)Math.Round((double)minute.Seen / minute.Kept.Count));
                    chosen.AddRange(inWindow.Select(sample => (sample, weight)));
                }
            }
            // Spread the answer over the whole window rather than its first minutes.
            var step = Math.Max(1.0, (double)chosen.Count / maxItems);
            var answer = new List<(SampledRequest, long)>();
            for (var i = 0.0; i < chosen.Count && answer.Count < maxItems; i += step)
            {
                var (sample, weight) = chosen[(int)i];
                answer.Add((sample, (long)Math.Round(weight * step)));
            }
            return (answer, population);
        }

        private Minute Current(long minute, DateTimeOffset oldest)
        {
            while (minutes.TryPeek(out var first) && first.Number * 60 < oldest.ToUnixTimeSeconds() - 60)
            {
                minutes.Dequeue();
            }
            if (newest is { } last && last.Number == minute)
            {
                return last;
            }
            newest = new Minute(minute);
            minutes.Enqueue(newest);
            return newest;
        }
    }

    private sealed class Minute(long number)
    {
        public long Number { get; } = number;

        public long Seen { get; set; }

        public List<SampledRequest> Kept { get; } = [];
    }
}
