namespace Rampart.Shield.Defences;

/// <summary>
/// The contributors to one attack vector at one resource, per property Shield reports (AttackPropertyIdentifier):
/// source addresses, destination URLs, referrers and user agents.
/// </summary>
public sealed class AttackContributors
{
    public const int TopContributors = 10;

    private readonly ContributorCounts addresses = new();
    private readonly ContributorCounts urls = new();
    private readonly ContributorCounts referrers = new();
    private readonly ContributorCounts userAgents = new();

    public void Add(AttackSource source)
    {
        if (source.Address is { } address)
        {
            addresses.Add(ClientAddress.Normalize(address).ToString());
        }
        if (!string.IsNullOrEmpty(source.Url))
        {
            urls.Add(source.Url);
        }
        if (!string.IsNullOrEmpty(source.Referrer))
        {
            referrers.Add(source.Referrer);
        }
        if (!string.IsNullOrEmpty(source.UserAgent))
        {
            userAgents.Add(source.UserAgent);
        }
    }

    /// <summary>Shield's AttackProperties: one per property that saw any contributor.</summary>
    public IReadOnlyList<AttackProperty> Properties(AttackVector vector) =>
        [.. new[]
            {
                ("SOURCE_IP_ADDRESS", addresses),
                ("DESTINATION_URL", urls),
                ("REFERRER", referrers),
                ("SOURCE_USER_AGENT", userAgents),
            }
            .Select(property => (property.Item1, Snapshot: property.Item2.Snapshot(TopContributors)))
            .Where(property => property.Snapshot.Total > 0)
            .Select(property => new AttackProperty(vector.Layer, property.Item1, "REQUESTS", property.Snapshot.Total, property.Snapshot.Top))];

    /// <summary>The URLs most aimed at, as sub-resources of the attacked resource.</summary>
    public IReadOnlyList<AttackContributor> TopUrls() => urls.Snapshot(TopContributors).Top;

    public void Clear()
    {
        addresses.Clear();
        urls.Clear();
        referrers.Clear();
        userAgents.Clear();
    }
}
