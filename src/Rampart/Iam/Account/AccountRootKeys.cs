using Rampart.Iam.Common;
using Rampart.Identity;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Account;

/// <summary>The root user's access key, as first start creates it for the default account (the only root key
/// the server makes).</summary>
public sealed class AccountRootKeys(IStore store)
{
    private static readonly ItemKey DefaultAccountKey = new(IdentityCollections.Server, "", "default-account");

    public async ValueTask<AccessKeyRecord?> FindAsync(string accountId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(DefaultAccountKey, cancellationToken) is not { } item)
        {
            return null;
        }
        var account = IamJson.Read<Hosting.DefaultAccount>(item.Json);
        if (account.AccountId != accountId)
        {
            return null;
        }
        return await store.GetAsync(AccessKeyRecord.KeyOf(account.RootAccessKeyId), cancellationToken) is { } key
            ? IamJson.Read<AccessKeyRecord>(key.Json)
            : null;
    }
}
