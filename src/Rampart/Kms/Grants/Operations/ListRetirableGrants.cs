using Rampart.Kms.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Kms.Grants.Operations;

public sealed record ListRetirableGrantsRequest(int? Limit, string? Marker, string RetiringPrincipal);

/// <summary>Lists the grants of the caller's account and region that a principal may retire.</summary>
public sealed class ListRetirableGrants(IStore store) : KmsOperation<ListRetirableGrantsRequest, ListGrantsResponse>
{
    public override string Name => "ListRetirableGrants";

    protected override OperationDeclaration<ListRetirableGrantsRequest> Declaration { get; } = new()
    {
        Action = "kms:ListRetirableGrants",
        ReadOnly = true,
        ContextKeys = (request, call) => new KmsConditionKeys(call).Set("kms:RetiringPrincipal", request.RetiringPrincipal).Keys,
    };

    protected override Task<ListGrantsResponse> HandleAsync(ListRetirableGrantsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        GrantPrincipals.Require(request.RetiringPrincipal, "retiringPrincipal");
        var query = new ListQuery(KmsCollections.Grant, KmsCollections.Partition(call.AccountId, call.Region));
        return GrantPaging.PageAsync(store, query, request.Limit, request.Marker, grant => grant.RetiringPrincipal == request.RetiringPrincipal,
            (grants, marker, truncated) => new ListGrantsResponse(grants, marker, truncated), cancellationToken);
    }
}
