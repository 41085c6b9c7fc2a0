using Rampart.Iam.Common;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Federation;

/// <summary>OIDC providers of an account, keyed by their name (HOST/PATH).</summary>
public sealed class OidcProviderDirectory(IStore store)
{
    public static ItemKey KeyOf(string accountId, string name) => new(FederationCollections.OidcProvider, accountId, name);

    public async ValueTask<OidcProviderRecord?> FindAsync(string accountId, string name, CancellationToken cancellationToken) =>
        await store.GetAsync(KeyOf(accountId, name), cancellationToken) is { } item ? IamJson.Read<OidcProviderRecord>(item.Json) : null;

    /// <summary>The provider an ARN names in the caller's account, with its version; NoSuchEntity otherwise.</summary>
    public async ValueTask<(OidcProviderRecord Provider, long Version)> RequireAsync(string callerAccount, string arn, CancellationToken cancellationToken)
    {
        var (account, name) = ProviderArn.Parse(arn, ProviderArn.OidcType);
        return account == callerAccount && await store.GetAsync(KeyOf(account, name), cancellationToken) is { } item
            ? (IamJson.Read<OidcProviderRecord>(item.Json), item.Version)
            : throw IamErrors.NoSuchEntity($"OpenIDConnect Provider not found for arn {arn}");
    }

    /// <summary>Applies a change to a provider, retrying when another writer changed it first.</summary>
    public ValueTask<OidcProviderRecord> UpdateAsync(string callerAccount, string arn, Func<OidcProviderRecord, OidcProviderRecord> change, CancellationToken cancellationToken) =>
        StoreRetry.RunAsync(async token =>
        {
            var (provider, version) = await RequireAsync(callerAccount, arn, token);
            var updated = change(provider);
            await store.PutAsync(KeyOf(updated.AccountId, updated.Name), IamJson.Write(updated), version, token);
            return updated;
        }, cancellationToken: cancellationToken);

    /// <summary>Every provider of the account: at most <see cref="AccountQuota.OidcProviders"/>, so one listing.</summary>
    public async ValueTask<IReadOnlyList<OidcProviderRecord>> AllAsync(string accountId, CancellationToken cancellationToken)
    {
        var providers = new List<OidcProviderRecord>();
        await foreach (var item in IamPaging.AllAsync(store, FederationCollections.OidcProvider, accountId, "", cancellationToken))
        {
            providers.Add(IamJson.Read<OidcProviderRecord>(item.Json));
        }
        return providers;
    }
}
