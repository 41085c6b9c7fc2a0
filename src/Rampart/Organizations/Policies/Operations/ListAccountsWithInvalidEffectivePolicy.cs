using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Policies.Effective;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Policies.Operations;

public sealed record ListAccountsWithInvalidEffectivePolicyRequest(string PolicyType, string? NextToken, int? MaxResults);

public sealed record ListAccountsWithInvalidEffectivePolicyResponse(IReadOnlyList<AccountOutput> Accounts, string PolicyType, string? NextToken);

/// <summary>The accounts whose effective management policy of one type fails validation (see
/// <see cref="EffectivePolicyRules"/>), for the management account and delegated administrators. Accounts are read in
/// ID order until a page is full; the token continues after the last account read.</summary>
public sealed class ListAccountsWithInvalidEffectivePolicy(IStore store, OrganizationPolicyCache cache, OrganizationDirectory directory)
    : OrganizationsOperation<ListAccountsWithInvalidEffectivePolicyRequest, ListAccountsWithInvalidEffectivePolicyResponse>
{
    private readonly PolicyTargets targets = new(store);
    private readonly OrganizationAccess access = new(store);
    private readonly EffectivePolicies effective = new(new PolicyStore(store, cache));

    public override string Name => "ListAccountsWithInvalidEffectivePolicy";

    protected override OperationDeclaration<ListAccountsWithInvalidEffectivePolicyRequest> Declaration { get; } = new()
    {
        Action = "organizations:ListAccountsWithInvalidEffectivePolicy",
        ReadOnly = true,
        ContextKeys = (request, _) => PolicyConditionKeys.Of(request.PolicyType),
    };

    protected override async Task<ListAccountsWithInvalidEffectivePolicyResponse> HandleAsync(
        ListAccountsWithInvalidEffectivePolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await access.RequireManagementOrDelegatedAsync(call, cancellationToken)).Record;
        var type = EffectivePolicyTypes.Require(request.PolicyType);
        var limit = request.MaxResults ?? OrgPaging.DefaultMaxResults;
        var after = OrgPaging.StartAfter(request.NextToken);
        var invalid = new List<AccountOutput>();
        while (invalid.Count < limit)
        {
            var page = await store.ListAsync(new ListQuery(OrgCollections.Account, organization.Id, null, after, limit - invalid.Count), cancellationToken);
            foreach (var item in page.Items)
            {
                after = item.Key.Key;
                var account = OrgJson.Read<MemberAccountRecord>(item.Json);
                if (await targets.FindAsync(organization, account.Id, cancellationToken) is { } target
                    && await effective.ComputeAsync(organization, target, type, cancellationToken) is { } result
                    && EffectivePolicies.Validate(type, result).Count > 0)
                {
                    invalid.Add(AccountOutput.Of(organization, account, await directory.FindAsync(account.Id, cancellationToken), call.Time));
                }
            }
            if (!page.IsTruncated)
            {
                return new ListAccountsWithInvalidEffectivePolicyResponse(invalid, type.Name, null);
            }
        }
        return new ListAccountsWithInvalidEffectivePolicyResponse(invalid, type.Name, OrgPaging.Token(after));
    }
}
