using Rampart.Shield;

namespace Rampart.Shield.Defences;

/// <summary>
/// Follows one attack vector at one resource, second by second: counts signals, learns the usual rate while there is
/// no attack, and says when an attack starts and ends, with its counters as Shield summarizes them.
/// </summary>
public sealed class VectorTracker(AttackVector vector, string resourceArn)
{
    /// <summary>How fast the usual rate follows the observed one: about a five-minute memory.</summary>
    private const double BaselineWeight = 1.0 / 300;

    private readonly long[] window = new long[vector.WindowSeconds];
    private long pending;
    private int tick;
    private double baseline;
    private Episode? current;

    public AttackVector Vector => vector;

    /// <summary>Safe from any thread, on the request path.</summary>
    public void Count(long events = 1) => Interlocked.Add(ref pending, events);

    /// <summary>Closes one second (called once a second by one thread); returns the attack when it started or ended
    /// in that second.</summary>
    public DetectedAttack? Tick(DateTimeOffset now)
    {
        var second = Interlocked.Exchange(ref pending, 0);
        window[tick++ % window.Length] = second;
        if (current is { } episode)
        {
            episode.Add(second);
            if (vector.IsHot(second, baseline))
            {
                episode.LastHot = now;
            }
            if (now - episode.LastHot >= TimeSpan.FromSeconds(AttackVector.QuietSeconds))
            {
                current = null;
                return episode.Report(resourceArn, vector, now);
            }
            return null;
        }

        if (vector.Starts(window.Sum(), baseline))
        {
            current = new Episode(Guid.NewGuid().ToString(), now.AddSeconds(-window.Length), now);
            foreach (var count in window)
            {
                current.Add(count);
            }
            Array.Clear(window);
            return current.Report(resourceArn, vector, null);
        }
        baseline += (second - baseline) * BaselineWeight;
        return null;
    }

    /// <summary>The attack in progress, if any, as it stands now.</summary>
    public DetectedAttack? Ongoing() => current?.Report(resourceArn, vector, null);

    private sealed class Episode(string id, DateTimeOffset start, DateTimeOffset lastHot)
    {
        private long sum;
        private long max;
        private int seconds;

        public DateTimeOffset LastHot { get; set; } = lastHot;

        public void Add(long count)
        {
            sum += count;
            max = Math.Max(max, count);
            seconds++;
        }

        public DetectedAttack Report(string resourceArn, AttackVector vector, DateTimeOffset? end) => new(
            id,
            resourceArn,
            start,
            end,
            [vector.Type],
            [new AttackCounter(vector.Type, max, seconds == 0 ? 0 : (double)sum / seconds, sum, seconds, vector.Unit)]);
    }
}
