using Rampart.Iam.Common;
using Rampart.Iam.Policies;
using Rampart.Iam.Policies.Boundaries;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;

namespace Rampart.Iam.Users;

/// <summary>Creates an IAM user, optionally with a path, a permissions boundary and tags.</summary>
public sealed class CreateUser(IStore store) : Operation<CreateUserRequest, CreateUserResponse>
{
    private readonly PermissionsBoundaries boundaries = new(store);

    public override string Service => "iam";

    public override string Name => "CreateUser";

    protected override OperationDeclaration<CreateUserRequest> Declaration { get; } = new()
    {
        Action = "iam:CreateUser",
        ReadOnly = false,
        Resources = (request, call) => [IamArn.User(call.AccountId, request.Path, request.UserName)],
        ContextKeys = (request, _) => request.PermissionsBoundary is { } boundary
            ? new Dictionary<string, ContextValue> { ["iam:PermissionsBoundary"] = ContextValue.Single(boundary) }
            : new Dictionary<string, ContextValue>(),
        RequestTags = request => IamTags.ToDictionary(request.Tags ?? []),
    };

    protected override async Task<CreateUserResponse> HandleAsync(CreateUserRequest request, CallContext call, CancellationToken cancellationToken)
    {
        IamTags.CheckRequested(request.Tags);
        var user = new UserRecord(
            call.AccountId, request.UserName, IamIds.NewUserId(), IamPath.OrRoot(request.Path), IamClock.ToSeconds(call.Time),
            request.PermissionsBoundary, request.Tags ?? []);
        var boundaryWrites = await boundaries.ChangeAsync(call.AccountId, HolderKind.User, user.UserId, null, user.PermissionsBoundaryArn, cancellationToken);
        await AccountQuota.Users.EnsureRoomAsync(store, call.AccountId, cancellationToken);
        await IamConflicts.CreatingAsync(
            () => store.CommitAsync([.. UserDirectory.Create(user), .. boundaryWrites], cancellationToken),
            key => key.Collection == IamCollections.User ? IamErrors.EntityAlreadyExists($"User with name {request.UserName} already exists.") : null);
        return new CreateUserResponse(UserOutput.Full(user));
    }
}
