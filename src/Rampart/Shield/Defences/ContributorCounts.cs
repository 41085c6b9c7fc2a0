namespace Rampart.Shield.Defences;

/// <summary>
/// How many signals each value of one attack property (a source address, a URL, ...) contributed, for Shield's top
/// contributors. At most <see cref="MaxValues"/> distinct values are kept, so an attacker varying them cannot grow it
/// without bound; signals from further values count in the total only.
/// </summary>
public sealed class ContributorCounts
{
    public const int MaxValues = 1000;

    private readonly Dictionary<string, long> counts = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private long total;

    public void Add(string value)
    {
        lock (gate)
        {
            total++;
            if (counts.TryGetValue(value, out var count))
            {
                counts[value] = count + 1;
            }
            else if (counts.Count < MaxValues)
            {
                counts[value] = 1;
            }
        }
    }

    /// <summary>The total and the <paramref name="top"/> largest contributors, largest first.</summary>
    public (long Total, IReadOnlyList<AttackContributor> Top) Snapshot(int top)
    {
        lock (gate)
        {
            return (total, [.. counts.OrderByDescending(entry => entry.Value).ThenBy(entry => entry.Key, StringComparer.Ordinal)
                .Take(top).Select(entry => new AttackContributor(entry.Key, entry.Value))]);
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            counts.Clear();
            total = 0;
        }
    }
}
