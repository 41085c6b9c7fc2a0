using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Roles;

/// <summary>Read-modify-write of one role, retried when another writer changed it meanwhile.</summary>
internal static class RoleUpdates
{
    public static async ValueTask<RoleRecord> ApplyAsync(
        IStore store, string accountId, string roleName, Func<RoleRecord, RoleRecord> change, CancellationToken cancellationToken)
    {
        RoleRecord? updated = null;
        await StoreRetry.RunAsync(async token =>
        {
            var current = await new RoleDirectory(store).RequireAsync(accountId, roleName, token);
            updated = change(current.Role);
            return await store.CommitAsync([.. RoleDirectory.Replace(current, updated)], token);
        }, cancellationToken: cancellationToken);
        return updated!;
    }
}
