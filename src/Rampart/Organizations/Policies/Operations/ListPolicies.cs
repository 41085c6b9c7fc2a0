using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Policies.Operations;

public sealed record ListPoliciesRequest(string Filter, string? NextToken, int? MaxResults);

/// <summary>The policies of one type: the AWS managed one first (if the type has one), then the organization's own
/// in name order, a page at a time from the store's name index.</summary>
public sealed class ListPolicies(IStore store, OrganizationPolicyCache cache) : OrganizationsOperation<ListPoliciesRequest, PolicyListResponse>
{
    private readonly PolicyStore policies = new(store, cache);
    private readonly OrganizationAccess access = new(store);

    private const string ByName = "n";

    public override string Name => "ListPolicies";

    protected override OperationDeclaration<ListPoliciesRequest> Declaration { get; } = new()
    {
        Action = "organizations:ListPolicies",
        ReadOnly = true,
        ContextKeys = (request, _) => PolicyConditionKeys.Of(request.Filter),
    };

    protected override async Task<PolicyListResponse> HandleAsync(ListPoliciesRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await access.RequireManagementOrDelegatedAsync(call, cancellationToken)).Record;
        var type = OrganizationPolicyType.Require(request.Filter);
        var limit = request.MaxResults ?? OrgPaging.DefaultMaxResults;
        var position = PageToken.Read(request.NextToken, ByName);
        var summaries = new List<PolicySummary>();
        if (position is null && AwsManagedPolicy.DefaultOf(type) is { } managed)
        {
            summaries.Add(OrganizationPolicy.Of(managed).Summary);
        }
        string? after = position?.After;
        if (summaries.Count < limit)
        {
            var page = await policies.Store.ListAsync(
                new ListQuery(PolicyCollections.PolicyName, PolicyCollections.NamePartition(organization.Id, type), null,
                    string.IsNullOrEmpty(after) ? null : after, limit - summaries.Count), cancellationToken);
            foreach (var item in page.Items)
            {
                if (await policies.FindStoredAsync(organization.Id, OrgJson.Read<string>(item.Json), cancellationToken) is { Record: var record })
                {
                    summaries.Add(OrganizationPolicy.Of(organization, record).Summary);
                }
            }
            return new PolicyListResponse(summaries, page.NextStartAfter is { } next ? PageToken.Write(ByName, next) : null);
        }
        var more = await policies.Store.CountAsync(PolicyCollections.PolicyName, PolicyCollections.NamePartition(organization.Id, type), cancellationToken) > 0;
        return new PolicyListResponse(summaries, more ? PageToken.Write(ByName, "") : null);
    }
}
