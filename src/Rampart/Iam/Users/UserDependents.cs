using Rampart.Iam.AccessKeys;
using Rampart.Iam.Common;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Users;

/// <summary>What must go before a user can be deleted, checked in IAM's order, each as IAM's DeleteConflict.</summary>
public sealed class UserDependents(IStore store)
{
    /// <summary>Collections holding items keyed "USERID/..." that block deletion, with what IAM tells to remove first.</summary>
    private static readonly (string Collection, string What)[] Blockers =
    [
        (IamCollections.UserAccessKey, "delete access keys"),
        (SigningCertificates.SigningCertificates.Collection, "delete signing certificates"),
        (SshKeys.SshPublicKeys.Collection, "delete SSH public keys"),
        (ServiceCredentials.ServiceCredentials.Collection, "delete service-specific credentials"),
        (Mfa.MfaDevices.UserCollection, "delete MFA device"),
        (IamCollections.UserGroup, "remove users from group"),
    ];

    public async ValueTask ThrowIfAnyAsync(UserRecord user, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(new ItemKey(IamCollections.LoginProfile, user.AccountId, user.UserId), cancellationToken) is not null)
        {
            throw IamErrors.MustDeleteFirst("delete login profile");
        }
        foreach (var (collection, what) in Blockers)
        {
            var page = await store.ListAsync(new ListQuery(collection, user.AccountId, user.UserId + "/", null, 1), cancellationToken);
            if (page.Items.Count > 0)
            {
                throw IamErrors.MustDeleteFirst(what);
            }
        }
        await HolderPolicyCheck.ThrowIfAnyAsync(store, user.AccountId, user.UserId, cancellationToken);
    }
}
