using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.ServiceLinkedRoles;

public sealed record GetServiceLinkedRoleDeletionStatusRequest(string DeletionTaskId);

public sealed record RoleUsageOutput(string Region, IReadOnlyList<string> Resources);

public sealed record DeletionTaskFailureReasonOutput(string? Reason, IReadOnlyList<RoleUsageOutput> RoleUsageList);

public sealed record GetServiceLinkedRoleDeletionStatusResponse(string Status, DeletionTaskFailureReasonOutput? Reason);

/// <summary>The outcome of a DeleteServiceLinkedRole task.</summary>
public sealed class GetServiceLinkedRoleDeletionStatus(IStore store) : Operation<GetServiceLinkedRoleDeletionStatusRequest, GetServiceLinkedRoleDeletionStatusResponse>
{
    private const string GlobalRegion = "global";

    public override string Service => "iam";

    public override string Name => "GetServiceLinkedRoleDeletionStatus";

    protected override OperationDeclaration<GetServiceLinkedRoleDeletionStatusRequest> Declaration { get; } = new()
    {
        Action = "iam:GetServiceLinkedRoleDeletionStatus",
        ReadOnly = true,
        Resources = (request, call) => [RoleArnOf(call.AccountId, request.DeletionTaskId)],
    };

    protected override async Task<GetServiceLinkedRoleDeletionStatusResponse> HandleAsync(GetServiceLinkedRoleDeletionStatusRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (!request.DeletionTaskId.StartsWith("task/", StringComparison.Ordinal))
        {
            throw IamErrors.InvalidInput($"Invalid deletion task id: {request.DeletionTaskId}");
        }
        var item = await store.GetAsync(new ItemKey(DeleteServiceLinkedRole.TaskCollection, call.AccountId, request.DeletionTaskId), cancellationToken)
            ?? throw IamErrors.NoSuchEntity($"Deletion task {request.DeletionTaskId} cannot be found.");
        var task = IamJson.Read<DeletionTask>(item.Json);
        return new GetServiceLinkedRoleDeletionStatusResponse(
            task.Status,
            task.Reason is null ? null : new DeletionTaskFailureReasonOutput(task.Reason, [new RoleUsageOutput(GlobalRegion, task.UsedBy)]));
    }

    /// <summary>The role a task ID ("task/aws-service-role/SERVICE/ROLENAME/UUID") names, for authorization.</summary>
    private static string RoleArnOf(string accountId, string taskId)
    {
        var parts = taskId.Split('/');
        return parts.Length >= 5 ? IamArn.Role(accountId, "/" + string.Join('/', parts[1..^2]) + "/", parts[^2]) : "*";
    }
}
