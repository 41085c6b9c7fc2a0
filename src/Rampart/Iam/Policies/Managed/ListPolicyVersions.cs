using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Managed;

public sealed record ListPolicyVersionsRequest(string PolicyArn, string? Marker, int? MaxItems);

public sealed record ListPolicyVersionsResponse(IReadOnlyList<PolicyVersionInfo> Versions, bool IsTruncated, string? Marker);

/// <summary>A policy's versions, newest first, as IAM lists them.</summary>
public sealed class ListPolicyVersions(IStore store) : IamPolicyOperation<ListPolicyVersionsRequest, ListPolicyVersionsResponse>
{
    public override string Name => "ListPolicyVersions";

    protected override OperationDeclaration<ListPolicyVersionsRequest> Declaration { get; } = new()
    {
        Action = "iam:ListPolicyVersions",
        ReadOnly = true,
        Resources = (request, _) => One(request.PolicyArn),
    };

    protected override async Task<ListPolicyVersionsResponse> HandleAsync(
        ListPolicyVersionsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var policy = await new ManagedPolicies(store).GetAsync(call.AccountId, request.PolicyArn, cancellationToken);
        var all = policy.Versions.OrderByDescending(v => v.CreateDate).ThenByDescending(v => v.VersionId.Length).ThenByDescending(v => v.VersionId, StringComparer.Ordinal).ToList();
        var after = PageMarker.Redeem(request.Marker);
        var start = after is null ? 0 : all.FindIndex(v => v.VersionId == after) + 1;
        var page = all.Skip(start).Take(request.MaxItems ?? PageMarker.DefaultMaxItems).ToList();
        var truncated = start + page.Count < all.Count;
        return new ListPolicyVersionsResponse(
            [.. page.Select(v => PolicyVersionInfo.Of(v, policy.DefaultVersionId, withDocument: false))],
            truncated,
            truncated ? PageMarker.Issue(page[^1].VersionId) : null);
    }
}
