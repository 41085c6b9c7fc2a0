using Rampart.Shield;

namespace Rampart.Shield.Defences;

/// <summary>
/// Follows one attack vector at one resource, second by second: counts signals, learns the usual rate while there is
/// no attack, and says when an attack starts and ends, with its counters as Shield summarizes them and the
/// contributors (sources, URLs, referrers, user agents) the defences noted.
/// </summary>
public sealed class VectorTracker(AttackVector vector, string resourceArn)
{
    /// <summary>How fast the usual rate follows the observed one: about a five-minute memory.</summary>
    private const double BaselineWeight = 1.0 / 300;

    public static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(5);

    private readonly long[] window = new long[vector.WindowSeconds];
    private long pending;
    private int tick;
    private readonly AttackContributors contributors = new();
    private double baseline;
    private volatile Episode? current;

    public AttackVector Vector => vector;

    /// <summary>Whether an attack is in progress; safe from any thread.</summary>
    public bool IsOngoing => current is not null;

    /// <summary>Safe from any thread, on the request path.</summary>
    public void Count(long events = 1) => Interlocked.Add(ref pending, events);

    /// <summary>Notes where one signal came from; safe from any thread.</summary>
    public void Contribute(AttackSource source) => contributors.Add(source);

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
                var ended = episode.Report(resourceArn, vector, now, contributors);
                contributors.Clear();
                return ended;
            }
            return null;
        }

        if (vector.Starts(window.Sum(), baseline))
        {
            var started = new Episode(Guid.NewGuid().ToString(), now.AddSeconds(-window.Length), now);
            foreach (var count in window)
            {
                started.Add(count);
            }
            Array.Clear(window);
            current = started;
            return started.Report(resourceArn, vector, null, contributors);
        }
        if (window.All(count => count == 0))
        {
            // Signals long past are no part of the next attack.
            contributors.Clear();
        }
        baseline += (second - baseline) * BaselineWeight;
        return null;
    }

    /// <summary>The attack in progress as it stands now, when its last report is <see cref="ProgressInterval"/> old:
    /// Shield shows an ongoing attack's counters and contributors growing.</summary>
    public DetectedAttack? Progress(DateTimeOffset now)
    {
        if (current is not { } episode || now - episode.LastReported < ProgressInterval)
        {
            return null;
        }
        episode.LastReported = now;
        return episode.Report(resourceArn, vector, null, contributors);
    }

    /// <summary>The attack in progress, if any, as it stands now.</summary>
    public DetectedAttack? Ongoing() => current?.Report(resourceArn, vector, null, contributors);

    private sealed class Episode(string id, DateTimeOffset start, DateTimeOffset lastHot)
    {
        private long sum;
        private long max;
        private int seconds;

        public DateTimeOffset LastHot { get; set; } = lastHot;

        public DateTimeOffset LastReported { get; set; } = lastHot;

        public void Add(long count)
        {
            sum += count;
            max = Math.Max(max, count);
            seconds++;
        }

        public DetectedAttack Report(string resourceArn, AttackVector vector, DateTimeOffset? end, AttackContributors contributors) => new(
            id,
            resourceArn,
            start,
            end,
            [vector.Type],
            [new AttackCounter(vector.Type, max, seconds == 0 ? 0 : (double)sum / seconds, sum, seconds, vector.Unit)],
            contributors.Properties(vector),
            [.. contributors.TopUrls().Select(url => new AttackSubResource("URL", url.Name, vector.Type, url.Value, seconds, "Requests"))],
            [vector.Mitigation]);
    }
}
