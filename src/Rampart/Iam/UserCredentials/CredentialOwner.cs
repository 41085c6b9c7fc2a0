using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.UserCredentials;

/// <summary>The user whose credentials an operation manages: the one named, or the calling IAM user.</summary>
public static class CredentialOwner
{
    public static async ValueTask<UserRecord> RequireAsync(IStore store, string? userName, CallContext call, CancellationToken cancellationToken) =>
        (await new UserDirectory(store).RequireAsync(call.AccountId, CallerUser.NameOrCaller(userName, call), cancellationToken)).User;
}
