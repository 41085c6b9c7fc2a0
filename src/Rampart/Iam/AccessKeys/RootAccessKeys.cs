using Rampart.Iam.Account;
using Rampart.Iam.Common;
using Rampart.Identity;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.AccessKeys;

/// <summary>The root user's own access keys, which its access key operations manage when no user is named: the key
/// first start made for the default account, plus keys the root user created, indexed under the account ID (the
/// root user's ID) beside users' keys.</summary>
public sealed class RootAccessKeys(IStore store)
{
    private readonly AccessKeyDirectory keys = new(store);
    private readonly AccountRootKeys bootstrap = new(store);

    /// <summary>The account's root keys, oldest first.</summary>
    public async ValueTask<IReadOnlyList<AccessKeyRecord>> OfAccountAsync(string accountId, CancellationToken cancellationToken)
    {
        var created = (await keys.OfOwnerAsync(accountId, accountId, cancellationToken)).Select(k => k.Key);
        var first = await bootstrap.FindAsync(accountId, cancellationToken);
        return [.. (first is null ? created : created.Prepend(first)).OrderBy(k => k.CreationOrder)];
    }

    /// <summary>A root key of the account, as UpdateAccessKey and DeleteAccessKey see it.</summary>
    public async ValueTask<StoredAccessKey> RequireAsync(string accountId, string accessKeyId, CancellationToken cancellationToken)
    {
        var key = await keys.FindAsync(accessKeyId, cancellationToken);
        if (key is null || key.Key.AccountId != accountId || key.Key.UserName is not null)
        {
            throw IamErrors.NoSuchEntity($"The Access Key with id {accessKeyId} cannot be found.");
        }
        return key;
    }

    /// <summary>Whether the key is the one the server's client files carry and reset keeps; deleting it would leave the
    /// server unable to start.</summary>
    public async ValueTask<bool> IsServerKeyAsync(string accountId, string accessKeyId, CancellationToken cancellationToken) =>
        (await bootstrap.FindAsync(accountId, cancellationToken))?.AccessKeyId == accessKeyId;
}
