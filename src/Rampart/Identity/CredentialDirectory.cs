using Rampart.Caching;
using Rampart.Signing;
using Rampart.Storage.Changes;

namespace Rampart.Identity;

/// <summary>The signature verifier's view of every credential: asks each <see cref="ICredentialProvider"/> and
/// caches the answer (also "no such key") until a store change affects it.</summary>
public sealed class CredentialDirectory : ISigningCredentialSource, ICacheInvalidator
{
    /// <summary>IAM's limit on access key IDs; longer ones cannot exist, so they are not looked up.</summary>
    private const int MaxAccessKeyIdLength = 128;

    private readonly ICredentialProvider[] providers;
    private readonly InvalidatingCache<string, SigningCredential?> cache;

    public CredentialDirectory(IEnumerable<ICredentialProvider> providers)
    {
        this.providers = [.. providers];
        var collections = this.providers.SelectMany(p => p.SourceCollections).ToHashSet(StringComparer.Ordinal);
        cache = new(change =>
            change.Item is not { } item ? CacheImpact<string>.All
            : item.Collection == IdentityCollections.AccessKey ? CacheImpact<string>.One(item.Key)
            : collections.Contains(item.Collection) ? CacheImpact<string>.All
            : CacheImpact<string>.None);
    }

    public void Invalidate(StoreChange change) => cache.Invalidate(change);

    public ValueTask<SigningCredential?> FindAsync(string accessKeyId, CancellationToken ct) =>
        accessKeyId.Length is 0 or > MaxAccessKeyIdLength
            ? ValueTask.FromResult<SigningCredential?>(null)
            : cache.GetOrLoadAsync(accessKeyId, LoadAsync, ct);

    private async ValueTask<SigningCredential?> LoadAsync(string accessKeyId, CancellationToken cancellationToken)
    {
        foreach (var provider in providers)
        {
            if (await provider.FindAsync(accessKeyId, cancellationToken) is { } credential)
            {
                return credential;
            }
        }
        return null;
    }
}
