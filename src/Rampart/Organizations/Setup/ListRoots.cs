using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Setup;

public sealed record ListRootsRequest(string? NextToken, int? MaxResults);

public sealed record ListRootsResponse(IReadOnlyList<RootOutput> Roots, string? NextToken);

/// <summary>Lists the organization's root (there is always exactly one) with its enabled policy types.</summary>
public sealed class ListRoots(IStore store) : OrganizationsOperation<ListRootsRequest, ListRootsResponse>
{
    public override string Name => "ListRoots";

    protected override OperationDeclaration<ListRootsRequest> Declaration { get; } = new()
    {
        Action = "organizations:ListRoots",
        ReadOnly = true,
    };

    protected override async Task<ListRootsResponse> HandleAsync(ListRootsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = await new OrganizationAccess(store).RequireManagementOrDelegatedAsync(call, cancellationToken);
        if (request.NextToken is not null)
        {
            throw OrgErrors.InvalidNextToken();
        }
        return new ListRootsResponse([await RootPolicyTypes.RootAsync(store, organization.Record, cancellationToken)], null);
    }
}
