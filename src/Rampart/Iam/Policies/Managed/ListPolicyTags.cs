using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Managed;

public sealed record ListPolicyTagsRequest(string PolicyArn, string? Marker, int? MaxItems);

public sealed record ListPolicyTagsResponse(IReadOnlyList<IamTag> Tags, bool IsTruncated, string? Marker);

public sealed class ListPolicyTags(IStore store) : IamPolicyOperation<ListPolicyTagsRequest, ListPolicyTagsResponse>
{
    public override string Name => "ListPolicyTags";

    protected override OperationDeclaration<ListPolicyTagsRequest> Declaration { get; } = new()
    {
        Action = "iam:ListPolicyTags",
        ReadOnly = true,
        Resources = (request, _) => One(request.PolicyArn),
    };

    protected override async Task<ListPolicyTagsResponse> HandleAsync(ListPolicyTagsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var policy = await new ManagedPolicies(store).GetAsync(call.AccountId, request.PolicyArn, cancellationToken);
        var after = PageMarker.Redeem(request.Marker);
        var all = policy.Tags;
        var start = after is null ? 0 : all.ToList().FindIndex(t => t.Key == after) + 1;
        var page = all.Skip(start).Take(request.MaxItems ?? PageMarker.DefaultMaxItems).ToList();
        var truncated = start + page.Count < all.Count;
        return new ListPolicyTagsResponse(page, truncated, truncated ? PageMarker.Issue(page[^1].Key) : null);
    }
}
