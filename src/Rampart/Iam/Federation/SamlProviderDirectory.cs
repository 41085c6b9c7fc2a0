using Rampart.Iam.Common;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Federation;

/// <summary>SAML providers of an account, keyed by name (names are unique whatever their case).</summary>
public sealed class SamlProviderDirectory(IStore store)
{
    public static ItemKey KeyOf(string accountId, string name) => new(FederationCollections.SamlProvider, accountId, IamName.Key(name));

    /// <summary>The provider an ARN names in the caller's account (or, for STS, in the ARN's own account when
    /// <paramref name="callerAccount"/> is null), with its version; NoSuchEntity otherwise.</summary>
    public async ValueTask<(SamlProviderRecord Provider, long Version)> RequireAsync(string? callerAccount, string arn, CancellationToken cancellationToken)
    {
        var (account, name) = ProviderArn.Parse(arn, ProviderArn.SamlType);
        return (callerAccount is null || account == callerAccount)
            && await store.GetAsync(KeyOf(account, name), cancellationToken) is { } item
            && IamJson.Read<SamlProviderRecord>(item.Json) is { } provider && provider.Name == name
                ? (provider, item.Version)
                : throw IamErrors.NoSuchEntity($"SAMLProvider {arn} not found");
    }

    public ValueTask<SamlProviderRecord> UpdateAsync(string callerAccount, string arn, Func<SamlProviderRecord, SamlProviderRecord> change, CancellationToken cancellationToken) =>
        StoreRetry.RunAsync(async token =>
        {
            var (provider, version) = await RequireAsync(callerAccount, arn, token);
            var updated = change(provider);
            await store.PutAsync(KeyOf(updated.AccountId, updated.Name), IamJson.Write(updated), version, token);
            return updated;
        }, cancellationToken: cancellationToken);

    /// <summary>Every provider of the account: at most <see cref="AccountQuota.SamlProviders"/>, so one listing.</summary>
    public async ValueTask<IReadOnlyList<SamlProviderRecord>> AllAsync(string accountId, CancellationToken cancellationToken)
    {
        var providers = new List<SamlProviderRecord>();
        await foreach (var item in IamPaging.AllAsync(store, FederationCollections.SamlProvider, accountId, "", cancellationToken))
        {
            providers.Add(IamJson.Read<SamlProviderRecord>(item.Json));
        }
        return providers;
    }
}
