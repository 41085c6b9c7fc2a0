using Rampart.Iam.Common;
using Rampart.Iam.InstanceProfiles;
using Rampart.Iam.Roles;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.ServiceLinkedRoles;

public sealed record DeleteServiceLinkedRoleRequest(string RoleName);

public sealed record DeleteServiceLinkedRoleResponse(string DeletionTaskId);

/// <summary>Starts the deletion of a service-linked role. No Rampart service holds resources through such a role,
/// so the task completes at once: SUCCEEDED, or FAILED while an instance profile still holds the role.</summary>
public sealed class DeleteServiceLinkedRole(IStore store) : RoleOperation<DeleteServiceLinkedRoleRequest, DeleteServiceLinkedRoleResponse>
{
    public const string TaskCollection = "iam.slr-deletion-task";

    public override string Name => "DeleteServiceLinkedRole";

    protected override OperationDeclaration<DeleteServiceLinkedRoleRequest> Declaration { get; } = new()
    {
        Action = "iam:DeleteServiceLinkedRole",
        ReadOnly = false,
        Resources = (request, call) => RoleArn(call, request.RoleName),
    };

    protected override async Task<DeleteServiceLinkedRoleResponse> HandleAsync(DeleteServiceLinkedRoleRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var taskId = "";
        await StoreRetry.RunAsync(async token =>
        {
            var current = await new RoleDirectory(store).RequireAsync(call.AccountId, request.RoleName, token);
            var role = current.Role;
            if (!ServiceLinkedRolePath.IsServiceLinked(role))
            {
                throw IamErrors.InvalidInput($"Role {role.RoleName} is not a service-linked role.");
            }
            taskId = $"task{role.Path}{role.RoleName}/{Guid.NewGuid()}";
            var profiles = await new InstanceProfileDirectory(store).OfRoleAsync(call.AccountId, role.RoleId, null, null, token);
            if (profiles.Items.Count > 0)
            {
                var failed = new DeletionTask(taskId, role.RoleName, "FAILED", $"The role {role.RoleName} is in use by instance profiles.", [.. profiles.Items.Select(p => p.Arn)]);
                return await store.CommitAsync([new StoreWrite.Put(new ItemKey(TaskCollection, call.AccountId, taskId), IamJson.Write(failed), StoreWrite.Absent)], token);
            }
            var done = new DeletionTask(taskId, role.RoleName, "SUCCEEDED", null, []);
            return await store.CommitAsync(
                [.. RoleDirectory.Delete(current), new StoreWrite.Put(new ItemKey(TaskCollection, call.AccountId, taskId), IamJson.Write(done), StoreWrite.Absent)], token);
        }, cancellationToken: cancellationToken);
        return new DeleteServiceLinkedRoleResponse(taskId);
    }
}
