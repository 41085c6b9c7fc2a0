using Rampart.Iam.Common;
using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Policies.Boundaries;

public sealed record PutUserPermissionsBoundaryRequest(string UserName, string PermissionsBoundary);

/// <summary>Sets or replaces the managed policy that bounds a user's permissions.</summary>
public sealed class PutUserPermissionsBoundary(IStore store) : IamPolicyOperation<PutUserPermissionsBoundaryRequest, EmptyResponse>
{
    public override string Name => "PutUserPermissionsBoundary";

    protected override OperationDeclaration<PutUserPermissionsBoundaryRequest> Declaration { get; } = new()
    {
        Action = "iam:PutUserPermissionsBoundary",
        ReadOnly = false,
        Resources = (request, call) => One(HolderArn(call, HolderKind.User, request.UserName)),
        ContextKeys = (request, _) => new Dictionary<string, ContextValue> { ["iam:PermissionsBoundary"] = ContextValue.Single(request.PermissionsBoundary) },
    };

    protected override async Task<EmptyResponse> HandleAsync(PutUserPermissionsBoundaryRequest request, CallContext call, CancellationToken cancellationToken)
    {
        PolicyArn.Parse(request.PermissionsBoundary);
        await UserBoundary.SetAsync(store, call.AccountId, request.UserName, request.PermissionsBoundary, cancellationToken);
        return EmptyResponse.Instance;
    }
}

/// <summary>Changes the boundary named in a user's record together with the policies' usage.</summary>
internal static class UserBoundary
{
    public static ValueTask<int> SetAsync(IStore store, string accountId, string userName, string? arn, CancellationToken cancellationToken) =>
        StoreRetry.RunAsync(
            async token =>
            {
                var stored = await new UserDirectory(store).RequireAsync(accountId, userName, token);
                var user = stored.User;
                var usage = await new PermissionsBoundaries(store).ChangeAsync(
                    accountId, HolderKind.User, user.UserId, user.PermissionsBoundaryArn, arn, token);
                if (user.PermissionsBoundaryArn == arn)
                {
                    return 0;
                }
                await store.CommitAsync([.. UserDirectory.Replace(stored, user with { PermissionsBoundaryArn = arn }), .. usage], token);
                return 1;
            },
            cancellationToken: cancellationToken);
}
