using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Groups;

/// <summary>Lists the account's groups whose path starts with PathPrefix, ordered by path then name.</summary>
public sealed class ListGroups(IStore store) : Operation<ListGroupsRequest, ListGroupsResponse>
{
    private readonly GroupDirectory groups = new(store);

    public override string Service => "iam";

    public override string Name => "ListGroups";

    protected override OperationDeclaration<ListGroupsRequest> Declaration { get; } = new()
    {
        Action = "iam:ListGroups",
        ReadOnly = true,
        Resources = (request, call) => [IamArn.Group(call.AccountId, request.PathPrefix, "")],
    };

    protected override async Task<ListGroupsResponse> HandleAsync(ListGroupsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var page = await groups.ListAsync(call.AccountId, request.PathPrefix, request.Marker, request.MaxItems, cancellationToken);
        return new ListGroupsResponse([.. page.Items.Select(GroupOutput.Of)], page.IsTruncated, page.Marker);
    }
}
