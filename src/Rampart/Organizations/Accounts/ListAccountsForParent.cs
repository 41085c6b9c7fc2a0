using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Accounts;

public sealed record ListAccountsForParentRequest(string ParentId, string? NextToken, int? MaxResults);

public sealed record ListAccountsForParentResponse(IReadOnlyList<AccountOutput> Accounts, string? NextToken);

/// <summary>Lists the accounts directly under a root or OU.</summary>
public sealed class ListAccountsForParent(IStore store, OrganizationDirectory directory)
    : OrganizationsOperation<ListAccountsForParentRequest, ListAccountsForParentResponse>
{
    public override string Name => "ListAccountsForParent";

    protected override OperationDeclaration<ListAccountsForParentRequest> Declaration { get; } = new()
    {
        Action = "organizations:ListAccountsForParent",
        ReadOnly = true,
        Resources = (request, call) => new OrganizationArns(directory).Parent(call, request.ParentId),
    };

    protected override async Task<ListAccountsForParentResponse> HandleAsync(
        ListAccountsForParentRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementOrDelegatedAsync(call, cancellationToken)).Record;
        var tree = new OrganizationStore(store);
        var parent = await tree.RequireParentAsync(organization, request.ParentId, cancellationToken);
        var page = await OrgPaging.ListAsync(
            store, OrgCollections.Child, organization.Id, TreeKeys.ChildPrefix(parent.Id, ChildEntry.Account), request.NextToken, request.MaxResults, cancellationToken);
        var accounts = new List<AccountOutput>(page.Items.Count);
        foreach (var item in page.Items)
        {
            var id = OrgJson.Read<ChildEntry>(item.Json).Id;
            if (await tree.FindAccountAsync(organization.Id, id, cancellationToken) is { } account)
            {
                accounts.Add(AccountOutput.Of(organization, account.Record, await directory.FindAsync(id, cancellationToken)));
            }
        }
        return new ListAccountsForParentResponse(accounts, OrgPaging.Token(page.NextStartAfter));
    }
}
