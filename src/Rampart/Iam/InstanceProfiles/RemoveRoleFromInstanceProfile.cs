using Rampart.Iam.Common;
using Rampart.Iam.Roles;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.InstanceProfiles;

public sealed class RemoveRoleFromInstanceProfile(IStore store) : InstanceProfileOperation<InstanceProfileRoleRequest, EmptyResponse>
{
    public override string Name => "RemoveRoleFromInstanceProfile";

    protected override OperationDeclaration<InstanceProfileRoleRequest> Declaration { get; } = new()
    {
        Action = "iam:RemoveRoleFromInstanceProfile",
        ReadOnly = false,
        Resources = (request, call) => ProfileArn(call, request.InstanceProfileName),
    };

    protected override async Task<EmptyResponse> HandleAsync(InstanceProfileRoleRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await StoreRetry.RunAsync(async token =>
        {
            var (profile, version) = await new InstanceProfileDirectory(store).RequireAsync(call.AccountId, request.InstanceProfileName, token);
            var role = await new RoleDirectory(store).RequireAsync(call.AccountId, request.RoleName, token);
            if (!profile.RoleIds.Contains(role.Role.RoleId))
            {
                throw RoleErrors.NoSuchRole(request.RoleName);
            }
            return await store.CommitAsync(
            [
                .. InstanceProfileDirectory.Replace(profile with { RoleIds = [.. profile.RoleIds.Where(id => id != role.Role.RoleId)] }, version),
                new StoreWrite.Delete(InstanceProfileDirectory.RoleKey(call.AccountId, role.Role.RoleId, profile.InstanceProfileName)),
            ], token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
