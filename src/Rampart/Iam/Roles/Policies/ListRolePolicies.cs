using Rampart.Iam.Policies;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Roles.Policies;

public sealed record ListRolePoliciesRequest(string RoleName, string? Marker, int? MaxItems);

public sealed record ListRolePoliciesResponse(IReadOnlyList<string> PolicyNames, bool IsTruncated, string? Marker);

public sealed class ListRolePolicies(IStore store) : RoleOperation<ListRolePoliciesRequest, ListRolePoliciesResponse>
{
    public override string Name => "ListRolePolicies";

    protected override OperationDeclaration<ListRolePoliciesRequest> Declaration { get; } = new()
    {
        Action = "iam:ListRolePolicies",
        ReadOnly = true,
        Resources = (request, call) => RoleArn(call, request.RoleName),
    };

    protected override async Task<ListRolePoliciesResponse> HandleAsync(ListRolePoliciesRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var holder = await new HolderRecords(store).RequireAsync(call.AccountId, HolderKind.Role, request.RoleName, cancellationToken);
        var page = await new InlinePolicies(store).ListNamesAsync(holder, request.Marker, request.MaxItems, cancellationToken);
        return new ListRolePoliciesResponse(page.Items, page.IsTruncated, page.Marker);
    }
}
