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
        var (accounts, nextToken) = await new ChildPages(store).ListAsync(
            organization, request.ParentId, ChildEntry.Account, request.NextToken, request.MaxResults,
            async (tree, id, token) => await tree.FindAccountAsync(organization.Id, id, token) is { } account
                ? AccountOutput.Of(organization, account.Record, await directory.FindAsync(id, token), call.Time)
                : null,
            cancellationToken);
        return new ListAccountsForParentResponse(accounts, nextToken);
    }
}
