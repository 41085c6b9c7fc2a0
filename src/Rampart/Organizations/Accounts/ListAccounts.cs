using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Accounts;

public sealed record ListAccountsRequest(string? NextToken, int? MaxResults);

public sealed record ListAccountsResponse(IReadOnlyList<AccountOutput> Accounts, string? NextToken);

/// <summary>Lists every account of the organization, the management account included, in account ID order.</summary>
public sealed class ListAccounts(IStore store, OrganizationDirectory directory) : OrganizationsOperation<ListAccountsRequest, ListAccountsResponse>
{
    public override string Name => "ListAccounts";

    protected override OperationDeclaration<ListAccountsRequest> Declaration { get; } = new()
    {
        Action = "organizations:ListAccounts",
        ReadOnly = true,
    };

    protected override async Task<ListAccountsResponse> HandleAsync(ListAccountsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementOrDelegatedAsync(call, cancellationToken)).Record;
        var page = await OrgPaging.ListAsync(store, OrgCollections.Account, organization.Id, null, request.NextToken, request.MaxResults, cancellationToken);
        var accounts = new List<AccountOutput>(page.Items.Count);
        foreach (var item in page.Items)
        {
            var account = OrgJson.Read<MemberAccountRecord>(item.Json);
            accounts.Add(AccountOutput.Of(organization, account, await directory.FindAsync(account.Id, cancellationToken), call.Time));
        }
        return new ListAccountsResponse(accounts, OrgPaging.Token(page.NextStartAfter));
    }
}
