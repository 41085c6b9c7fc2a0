using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Units;

public sealed record ListParentsRequest(string ChildId, string? NextToken, int? MaxResults);

public sealed record ListParentsResponse(IReadOnlyList<ParentOutput> Parents, string? NextToken);

/// <summary>Lists the one root or OU directly above an account or OU.</summary>
public sealed class ListParents(IStore store, OrganizationDirectory directory) : OrganizationsOperation<ListParentsRequest, ListParentsResponse>
{
    public override string Name => "ListParents";

    protected override OperationDeclaration<ListParentsRequest> Declaration { get; } = new()
    {
        Action = "organizations:ListParents",
        ReadOnly = true,
        Resources = (request, call) => new OrganizationArns(directory).Child(call, request.ChildId),
    };

    protected override async Task<ListParentsResponse> HandleAsync(ListParentsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementOrDelegatedAsync(call, cancellationToken)).Record;
        if (request.NextToken is not null)
        {
            throw OrgErrors.InvalidNextToken();
        }
        var tree = new OrganizationStore(store);
        var parentId = OrgIds.IsUnitId(request.ChildId)
            ? (await tree.FindUnitAsync(organization.Id, request.ChildId, cancellationToken))?.Record.ParentId
            : (await tree.FindAccountAsync(organization.Id, request.ChildId, cancellationToken))?.Record.ParentId;
        if (parentId is null)
        {
            throw OrgErrors.ChildNotFound();
        }
        return new ListParentsResponse([new ParentOutput(parentId, OrgIds.IsRootId(parentId) ? ParentNode.Root : ParentNode.Unit)], null);
    }
}
