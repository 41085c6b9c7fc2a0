using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Inline;

public sealed record ListUserPoliciesRequest(string UserName, string? Marker, int? MaxItems);

public sealed record ListUserPoliciesResponse(IReadOnlyList<string> PolicyNames, bool IsTruncated, string? Marker);

public sealed class ListUserPolicies(IStore store) : IamPolicyOperation<ListUserPoliciesRequest, ListUserPoliciesResponse>
{
    public override string Name => "ListUserPolicies";

    protected override OperationDeclaration<ListUserPoliciesRequest> Declaration { get; } = new()
    {
        Action = "iam:ListUserPolicies",
        ReadOnly = true,
        Resources = (request, call) => One(HolderArn(call, HolderKind.User, request.UserName)),
    };

    protected override async Task<ListUserPoliciesResponse> HandleAsync(ListUserPoliciesRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var holder = await new HolderRecords(store).RequireAsync(call.AccountId, HolderKind.User, request.UserName, cancellationToken);
        var page = await new InlinePolicies(store).ListNamesAsync(holder, request.Marker, request.MaxItems, cancellationToken);
        return new ListUserPoliciesResponse(page.Items, page.IsTruncated, page.Marker);
    }
}
