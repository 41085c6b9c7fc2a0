using System.Collections.Concurrent;
using Rampart.Iam.Federation;

namespace Rampart.Sts;

/// <summary>The signing keys of each OIDC issuer, fetched through discovery and kept for an hour, so exchanging a
/// token costs no round trip to the identity provider. A token signed with a key the cached set does not hold (the
/// provider rotated its keys) makes the set be fetched again at once, at most once a second per issuer so that
/// tokens naming made-up key IDs cannot turn every request into a fetch.</summary>
public sealed class OidcSigningKeys : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private static readonly TimeSpan RefetchFloor = TimeSpan.FromSeconds(1);

    private readonly OidcKeySource source = new();
    private readonly ConcurrentDictionary<string, CachedKeys> cached = new(StringComparer.Ordinal);

    /// <summary>The issuer's keys as of <paramref name="now"/>, fetched again when they are old or lack the token's key.</summary>
    public async ValueTask<JsonWebKeySet> ForAsync(string issuerUrl, WebIdentityToken token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (cached.TryGetValue(issuerUrl, out var entry) && now - entry.FetchedAt < Lifetime
            && (entry.Keys.HasKeyFor(token) || now - entry.FetchedAt < RefetchFloor))
        {
            return entry.Keys;
        }
        var keys = await source.KeysAsync(issuerUrl, cancellationToken);
        cached[issuerUrl] = new CachedKeys(keys, now);
        return keys;
    }

    public void Dispose() => source.Dispose();

    private sealed record CachedKeys(JsonWebKeySet Keys, DateTimeOffset FetchedAt);
}
