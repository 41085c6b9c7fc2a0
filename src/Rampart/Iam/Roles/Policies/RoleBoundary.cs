using Rampart.Iam.Policies;
using Rampart.Iam.Policies.Boundaries;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Roles.Policies;

/// <summary>Changes the boundary named in a role's record together with the policies' usage.</summary>
internal static class RoleBoundary
{
    public static ValueTask<int> SetAsync(IStore store, string accountId, string roleName, string? arn, CancellationToken cancellationToken) =>
        StoreRetry.RunAsync(
            async token =>
            {
                var stored = await new RoleDirectory(store).RequireAsync(accountId, roleName, token);
                var role = stored.Role;
                var usage = await new PermissionsBoundaries(store).ChangeAsync(accountId, HolderKind.Role, role.RoleId, role.PermissionsBoundaryArn, arn, token);
                if (role.PermissionsBoundaryArn == arn)
                {
                    return 0;
                }
                await store.CommitAsync([.. RoleDirectory.Replace(stored, role with { PermissionsBoundaryArn = arn }), .. usage], token);
                return 1;
            },
            cancellationToken: cancellationToken);
}
