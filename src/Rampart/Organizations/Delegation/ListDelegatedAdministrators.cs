using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.ServiceAccess;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Delegation;

public sealed record ListDelegatedAdministratorsRequest(string? ServicePrincipal, string? NextToken, int? MaxResults);

public sealed record DelegatedAdministrator(
    string Id, string Arn, string Email, string Name, string Status, string State, string JoinedMethod, DateTimeOffset JoinedTimestamp,
    DateTimeOffset DelegationEnabledDate);

public sealed record ListDelegatedAdministratorsResponse(IReadOnlyList<DelegatedAdministrator> DelegatedAdministrators, string? NextToken);

/// <summary>Lists the delegated administrators, of one service or of any; an account delegated for several services
/// appears once, with the date of its first delegation. An organization has few, so they are read whole and paged
/// by account ID.</summary>
public sealed class ListDelegatedAdministrators(IStore store)
    : OrganizationsOperation<ListDelegatedAdministratorsRequest, ListDelegatedAdministratorsResponse>
{
    public override string Name => "ListDelegatedAdministrators";

    protected override OperationDeclaration<ListDelegatedAdministratorsRequest> Declaration { get; } = new()
    {
        Action = "organizations:ListDelegatedAdministrators",
        ReadOnly = true,
        ContextKeys = (request, _) => TrustedServices.ConditionKeys(request.ServicePrincipal),
    };

    protected override async Task<ListDelegatedAdministratorsResponse> HandleAsync(
        ListDelegatedAdministratorsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementOrDelegatedAsync(call, cancellationToken)).Record;
        if (request.ServicePrincipal is { } principal)
        {
            TrustedServices.Require(principal);
        }
        var startAfter = OrgPaging.StartAfter(request.NextToken);
        var firstDates = new SortedDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await foreach (var item in OrgPaging.AllAsync(store, OrgCollections.Delegation, organization.Id, null, cancellationToken))
        {
            var delegation = OrgJson.Read<DelegationRecord>(item.Json);
            if ((request.ServicePrincipal is null || delegation.ServicePrincipal == request.ServicePrincipal)
                && (startAfter is null || string.CompareOrdinal(delegation.AccountId, startAfter) > 0))
            {
                firstDates[delegation.AccountId] = firstDates.TryGetValue(delegation.AccountId, out var earlier) && earlier < delegation.DelegationEnabledDate
                    ? earlier
                    : delegation.DelegationEnabledDate;
            }
        }
        var limit = request.MaxResults ?? OrgPaging.DefaultMaxResults;
        var tree = new OrganizationStore(store);
        var administrators = new List<DelegatedAdministrator>();
        foreach (var (accountId, date) in firstDates.Take(limit))
        {
            if (await tree.FindAccountAsync(organization.Id, accountId, cancellationToken) is { Record: var account })
            {
                administrators.Add(new DelegatedAdministrator(
                    account.Id, organization.AccountArn(account.Id), account.Email, account.Name, account.StatusAt(call.Time), account.StateAt(call.Time),
                    account.JoinedMethod, account.JoinedTimestamp, date));
            }
        }
        var next = firstDates.Count > limit ? OrgPaging.Token(firstDates.Keys.ElementAt(limit - 1)) : null;
        return new ListDelegatedAdministratorsResponse(administrators, next);
    }
}
