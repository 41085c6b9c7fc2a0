using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Users;

/// <summary>Lists the account's users whose path starts with PathPrefix, ordered by path then name.</summary>
public sealed class ListUsers(IStore store) : Operation<ListUsersRequest, ListUsersResponse>
{
    private readonly UserDirectory users = new(store);

    public override string Service => "iam";

    public override string Name => "ListUsers";

    protected override OperationDeclaration<ListUsersRequest> Declaration { get; } = new()
    {
        Action = "iam:ListUsers",
        ReadOnly = true,
        Resources = (request, call) => [IamArn.User(call.AccountId, request.PathPrefix, "")],
    };

    protected override async Task<ListUsersResponse> HandleAsync(ListUsersRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var page = await users.ListAsync(call.AccountId, request.PathPrefix, request.Marker, request.MaxItems, cancellationToken);
        return new ListUsersResponse([.. page.Items.Select(UserOutput.Listed)], page.IsTruncated, page.Marker);
    }
}
