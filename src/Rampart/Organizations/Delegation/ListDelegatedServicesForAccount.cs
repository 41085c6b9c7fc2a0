using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Delegation;

public sealed record ListDelegatedServicesForAccountRequest(string AccountId, string? NextToken, int? MaxResults);

public sealed record DelegatedService(string ServicePrincipal, DateTimeOffset DelegationEnabledDate);

public sealed record ListDelegatedServicesForAccountResponse(IReadOnlyList<DelegatedService> DelegatedServices, string? NextToken);

public sealed class ListDelegatedServicesForAccount(IStore store, OrganizationDirectory directory)
    : OrganizationsOperation<ListDelegatedServicesForAccountRequest, ListDelegatedServicesForAccountResponse>
{
    public override string Name => "ListDelegatedServicesForAccount";

    protected override OperationDeclaration<ListDelegatedServicesForAccountRequest> Declaration { get; } = new()
    {
        Action = "organizations:ListDelegatedServicesForAccount",
        ReadOnly = true,
        Resources = (request, call) => new OrganizationArns(directory).Account(call, request.AccountId),
    };

    protected override async Task<ListDelegatedServicesForAccountResponse> HandleAsync(
        ListDelegatedServicesForAccountRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementOrDelegatedAsync(call, cancellationToken)).Record;
        await new OrganizationStore(store).RequireAccountAsync(organization.Id, request.AccountId, cancellationToken);
        var page = await OrgPaging.ListAsync(
            store, OrgCollections.Delegation, organization.Id, request.AccountId + "/", request.NextToken, request.MaxResults, cancellationToken);
        if (page.Items.Count == 0 && request.NextToken is null)
        {
            throw OrgErrors.AccountNotRegistered();
        }
        var services = page.Items
            .Select(item => OrgJson.Read<DelegationRecord>(item.Json))
            .Select(delegation => new DelegatedService(delegation.ServicePrincipal, delegation.DelegationEnabledDate))
            .ToList();
        return new ListDelegatedServicesForAccountResponse(services, OrgPaging.Token(page.NextStartAfter));
    }
}
