using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Kms.Grants.Operations;

public sealed record ListGrantsRequest(int? Limit, string? Marker, string KeyId, string? GrantId, string? GranteePrincipal);

public sealed record ListGrantsResponse(IReadOnlyList<GrantRecord> Grants, string? NextMarker, bool Truncated);

/// <summary>Lists a key's grants in grant ID order, optionally one grant or one grantee's, a page at a time.</summary>
public sealed class ListGrants(IStore store, KeyArnResolver arns) : KmsOperation<ListGrantsRequest, ListGrantsResponse>
{
    public override string Name => "ListGrants";

    protected override OperationDeclaration<ListGrantsRequest> Declaration { get; } = new()
    {
        Action = "kms:ListGrants",
        ReadOnly = true,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (request, call) => new KmsConditionKeys(call)
            .KeyId(request.KeyId)
            .Set("kms:GranteePrincipal", request.GranteePrincipal)
            .Set("kms:GrantIsForAWSResource", "false")
            .Keys,
    };

    protected override async Task<ListGrantsResponse> HandleAsync(ListGrantsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (request.GrantId is not null && !GrantIds.IsValid(request.GrantId))
        {
            throw KmsErrors.InvalidGrantId("Invalid grant ID");
        }
        var key = (await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.KeyId, call), call, crossAccount: true, cancellationToken)).Key;
        var query = new ListQuery(KmsCollections.Grant, KmsCollections.Partition(key.AccountId, key.Region), key.KeyId + "/", null, 0);
        return await GrantPaging.PageAsync(store, query, request.Limit, request.Marker,
            grant => (request.GrantId is null || grant.GrantId == request.GrantId)
                && (request.GranteePrincipal is null || grant.GranteePrincipal == request.GranteePrincipal),
            (grants, marker, truncated) => new ListGrantsResponse(grants, marker, truncated), cancellationToken);
    }
}
