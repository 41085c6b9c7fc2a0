using System.Collections.Concurrent;

namespace Rampart.Waf.Gateway.Bots;

/// <summary>
/// The requests bots made through the gateways, per web ACL, URI path and bot, counted per minute for the last three
/// hours: what GetTopPathStatisticsByTraffic aggregates. A minute keeps at most <see cref="PathsPerMinute"/> distinct
/// paths a web ACL, so a bot walking random URLs cannot grow it without bound; requests to further paths that minute
/// are not counted.
/// </summary>
public sealed class BotTrafficStore(TimeProvider time)
{
    public const int PathsPerMinute = 10_000;

    /// <summary>The longest path AWS reports (PathString); longer ones are counted under their first 512 characters.</summary>
    public const int MaxPathLength = 512;

    public static readonly TimeSpan Retention = TimeSpan.FromHours(3);

    private readonly ConcurrentDictionary<string, WebAclTraffic> webAcls = new();

    public void Record(string webAclArn, string path, KnownBot bot) =>
        webAcls.GetOrAdd(webAclArn, _ => new WebAclTraffic())
            .Record(time.GetUtcNow(), path.Length > MaxPathLength ? path[..MaxPathLength] : path, bot);

    /// <summary>The counts of the minutes that overlap the window, summed per path and bot.</summary>
    public IReadOnlyDictionary<(string Path, KnownBot Bot), long> Counts(string webAclArn, DateTimeOffset start, DateTimeOffset end) =>
        webAcls.TryGetValue(webAclArn, out var traffic)
            ? traffic.Counts(start, end, time.GetUtcNow() - Retention)
            : new Dictionary<(string, KnownBot), long>();

    private sealed class WebAclTraffic
    {
        private readonly Queue<(long Minute, Dictionary<(string Path, KnownBot Bot), long> Counts)> minutes = new();
        private readonly Lock gate = new();
        private long newestMinute = -1;
        private Dictionary<(string Path, KnownBot Bot), long> newest = [];

        public void Record(DateTimeOffset now, string path, KnownBot bot)
        {
            var minute = now.ToUnixTimeSeconds() / 60;
            lock (gate)
            {
                if (minute != newestMinute)
                {
                    Expire(now - Retention);
                    (newestMinute, newest) = (minute, []);
                    minutes.Enqueue((minute, newest));
                }
                if (newest.TryGetValue((path, bot), out var count))
                {
                    newest[(path, bot)] = count + 1;
                }
                else if (newest.Count < PathsPerMinute)
                {
                    newest[(path, bot)] = 1;
                }
            }
        }

        public Dictionary<(string, KnownBot), long> Counts(DateTimeOffset start, DateTimeOffset end, DateTimeOffset oldest)
        {
            var (first, last) = (start.ToUnixTimeSeconds() / 60, end.ToUnixTimeSeconds() / 60);
            var totals = new Dictionary<(string, KnownBot), long>();
            lock (gate)
            {
                Expire(oldest);
                foreach (var (minute, counts) in minutes.Where(entry => entry.Minute >= first && entry.Minute <= last))
                {
                    foreach (var (key, count) in counts)
                    {
                        totals[key] = totals.GetValueOrDefault(key) + count;
                    }
                }
            }
            return totals;
        }

        private void Expire(DateTimeOffset oldest)
        {
            var oldestMinute = oldest.ToUnixTimeSeconds() / 60;
            while (minutes.Count > 0 && minutes.Peek().Minute < oldestMinute)
            {
                minutes.Dequeue();
            }
        }
    }
}
