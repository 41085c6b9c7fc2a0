using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Boundaries;

public sealed record DeleteUserPermissionsBoundaryRequest(string UserName);

/// <summary>Removes a user's permissions boundary; a user without one is left as it is.</summary>
public sealed class DeleteUserPermissionsBoundary(IStore store) : IamPolicyOperation<DeleteUserPermissionsBoundaryRequest, EmptyResponse>
{
    public override string Name => "DeleteUserPermissionsBoundary";

    protected override OperationDeclaration<DeleteUserPermissionsBoundaryRequest> Declaration { get; } = new()
    {
        Action = "iam:DeleteUserPermissionsBoundary",
        ReadOnly = false,
        Resources = (request, call) => One(HolderArn(call, HolderKind.User, request.UserName)),
    };

    protected override async Task<EmptyResponse> HandleAsync(DeleteUserPermissionsBoundaryRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await UserBoundary.SetAsync(store, call.AccountId, request.UserName, null, cancellationToken);
        return EmptyResponse.Instance;
    }
}
