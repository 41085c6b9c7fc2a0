using Rampart.Iam.Common;
using Rampart.Iam.Policies;
using Rampart.Iam.Policies.Boundaries;
using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;

namespace Rampart.Iam.Roles;

public sealed record CreateRoleRequest(
    string RoleName, string? Path, string AssumeRolePolicyDocument, string? Description, int? MaxSessionDuration,
    string? PermissionsBoundary, IReadOnlyList<IamTag>? Tags);

public sealed record CreateRoleResponse(RoleOutput Role);

/// <summary>Creates a role with its trust policy, optionally with a path, description, maximum session duration,
/// permissions boundary and tags.</summary>
public sealed class CreateRole(IStore store) : RoleOperation<CreateRoleRequest, CreateRoleResponse>
{
    public override string Name => "CreateRole";

    protected override OperationDeclaration<CreateRoleRequest> Declaration { get; } = new()
    {
        Action = "iam:CreateRole",
        ReadOnly = false,
        Resources = (request, call) => [IamArn.Role(call.AccountId, request.Path, request.RoleName)],
        ContextKeys = (request, _) => request.PermissionsBoundary is { } boundary
            ? new Dictionary<string, ContextValue> { ["iam:PermissionsBoundary"] = ContextValue.Single(boundary) }
            : new Dictionary<string, ContextValue>(),
        RequestTags = request => IamTags.ToDictionary(request.Tags ?? []),
    };

    protected override async Task<CreateRoleResponse> HandleAsync(CreateRoleRequest request, CallContext call, CancellationToken cancellationToken)
    {
        IamTags.CheckRequested(request.Tags);
        if (request.Tags?.Count > IamTags.MaxPerEntity)
        {
            throw IamErrors.LimitExceeded($"Cannot exceed quota for TagsPerRole: {IamTags.MaxPerEntity}.");
        }
        TrustPolicyDocument.Validate(request.AssumeRolePolicyDocument, request.RoleName);
        if (request.PermissionsBoundary is { } boundary)
        {
            PermissionsBoundaryArn.Check(boundary);
        }
        var role = new RoleRecord(
            call.AccountId, request.RoleName, IamIds.NewRoleId(), IamPath.OrRoot(request.Path), IamClock.ToSeconds(call.Time),
            request.AssumeRolePolicyDocument, request.Description, request.MaxSessionDuration ?? RoleRecord.DefaultMaxSessionDuration,
            request.PermissionsBoundary, request.Tags ?? []);
        var boundaryUsage = await new PermissionsBoundaries(store).ChangeAsync(
            call.AccountId, HolderKind.Role, role.RoleId, null, role.PermissionsBoundaryArn, cancellationToken);
        await AccountQuota.Roles.EnsureRoomAsync(store, call.AccountId, cancellationToken);
        await IamConflicts.CreatingAsync(
            () => store.CommitAsync([.. RoleDirectory.Create(role), .. boundaryUsage], cancellationToken),
            key => key.Collection == RoleCollections.Role ? RoleErrors.AlreadyExists(request.RoleName) : null);
        return new CreateRoleResponse(RoleOutput.Full(role, null) with { RoleLastUsed = null });
    }
}
