using Rampart.Iam.Common;
using Rampart.Iam.Users;

namespace Rampart.Iam.AccessKeys;

/// <summary>Finds an access key as UpdateAccessKey and DeleteAccessKey see it: it must belong to the named user
/// (or the calling user), else IAM says it cannot be found.</summary>
public static class OwnedAccessKey
{
    public static async ValueTask<(StoredUser User, StoredAccessKey Key)> RequireAsync(
        UserDirectory users, AccessKeyDirectory keys, string accountId, string userName, string accessKeyId, CancellationToken cancellationToken)
    {
        var user = await users.RequireAsync(accountId, userName, cancellationToken);
        var key = await keys.FindAsync(accessKeyId, cancellationToken);
        if (key is null || key.Key.AccountId != accountId || key.Key.UserName is not { } owner || !IamName.SameName(owner, user.User.UserName))
        {
            throw IamErrors.NoSuchEntity($"The Access Key with id {accessKeyId} cannot be found.");
        }
        return (user, key);
    }
}
