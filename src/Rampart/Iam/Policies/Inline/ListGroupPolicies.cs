using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Inline;

public sealed record ListGroupPoliciesRequest(string GroupName, string? Marker, int? MaxItems);

public sealed record ListGroupPoliciesResponse(IReadOnlyList<string> PolicyNames, bool IsTruncated, string? Marker);

public sealed class ListGroupPolicies(IStore store) : IamPolicyOperation<ListGroupPoliciesRequest, ListGroupPoliciesResponse>
{
    public override string Name => "ListGroupPolicies";

    protected override OperationDeclaration<ListGroupPoliciesRequest> Declaration { get; } = new()
    {
        Action = "iam:ListGroupPolicies",
        ReadOnly = true,
        Resources = (request, call) => One(HolderArn(call, HolderKind.Group, request.GroupName)),
    };

    protected override async Task<ListGroupPoliciesResponse> HandleAsync(ListGroupPoliciesRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var holder = await new HolderRecords(store).RequireAsync(call.AccountId, HolderKind.Group, request.GroupName, cancellationToken);
        var page = await new InlinePolicies(store).ListNamesAsync(holder, request.Marker, request.MaxItems, cancellationToken);
        return new ListGroupPoliciesResponse(page.Items, page.IsTruncated, page.Marker);
    }
}
