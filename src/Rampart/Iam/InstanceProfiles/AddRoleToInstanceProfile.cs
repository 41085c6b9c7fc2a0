using Rampart.Iam.Common;
using Rampart.Iam.Roles;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.InstanceProfiles;

public sealed record InstanceProfileRoleRequest(string InstanceProfileName, string RoleName);

/// <summary>Puts a role into an instance profile, which holds at most one.</summary>
public sealed class AddRoleToInstanceProfile(IStore store) : InstanceProfileOperation<InstanceProfileRoleRequest, EmptyResponse>
{
    public override string Name => "AddRoleToInstanceProfile";

    protected override OperationDeclaration<InstanceProfileRoleRequest> Declaration { get; } = new()
    {
        Action = "iam:AddRoleToInstanceProfile",
        ReadOnly = false,
        Resources = (request, call) => ProfileArn(call, request.InstanceProfileName),
    };

    protected override async Task<EmptyResponse> HandleAsync(InstanceProfileRoleRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await StoreRetry.RunAsync(async token =>
        {
            var (profile, version) = await new InstanceProfileDirectory(store).RequireAsync(call.AccountId, request.InstanceProfileName, token);
            var role = await new RoleDirectory(store).RequireAsync(call.AccountId, request.RoleName, token);
            if (profile.RoleIds.Count >= InstanceProfileRecord.MaxRoles)
            {
                throw IamErrors.LimitExceeded($"Cannot exceed quota for InstanceSessionsPerInstanceProfile: {InstanceProfileRecord.MaxRoles}");
            }
            return await store.CommitAsync(
            [
                new StoreWrite.Check(RoleDirectory.NameKey(call.AccountId, role.Role.RoleName), role.Version),
                .. InstanceProfileDirectory.Replace(profile with { RoleIds = [.. profile.RoleIds, role.Role.RoleId] }, version),
                new StoreWrite.Put(InstanceProfileDirectory.RoleKey(call.AccountId, role.Role.RoleId, profile.InstanceProfileName), IamJson.Write(profile.InstanceProfileName)),
            ], token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
