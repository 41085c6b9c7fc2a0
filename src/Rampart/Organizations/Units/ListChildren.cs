using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Units;

public sealed record ListChildrenRequest(string ParentId, string ChildType, string? NextToken, int? MaxResults);

public sealed record ListChildrenResponse(IReadOnlyList<ChildOutput> Children, string? NextToken);

/// <summary>Lists the accounts or the OUs directly under a root or OU.</summary>
public sealed class ListChildren(IStore store, OrganizationDirectory directory) : OrganizationsOperation<ListChildrenRequest, ListChildrenResponse>
{
    public override string Name => "ListChildren";

    protected override OperationDeclaration<ListChildrenRequest> Declaration { get; } = new()
    {
        Action = "organizations:ListChildren",
        ReadOnly = true,
        Resources = (request, call) => new OrganizationArns(directory).Parent(call, request.ParentId),
    };

    protected override async Task<ListChildrenResponse> HandleAsync(ListChildrenRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementOrDelegatedAsync(call, cancellationToken)).Record;
        var parent = await new OrganizationStore(store).RequireParentAsync(organization, request.ParentId, cancellationToken);
        var page = await OrgPaging.ListAsync(
            store, OrgCollections.Child, organization.Id, TreeKeys.ChildPrefix(parent.Id, request.ChildType), request.NextToken, request.MaxResults, cancellationToken);
        var children = page.Items.Select(item => OrgJson.Read<ChildEntry>(item.Json)).Select(child => new ChildOutput(child.Id, child.Type)).ToList();
        return new ListChildrenResponse(children, OrgPaging.Token(page.NextStartAfter));
    }
}
