using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Grants.Operations;

public sealed record RevokeGrantRequest(string KeyId, string GrantId, bool? DryRun);

/// <summary>Deletes a grant as the key's administrator (kms:RevokeGrant on the key).</summary>
public sealed class RevokeGrant(IStore store, KeyArnResolver arns, KmsResourceLookup lookup) : KmsOperation<RevokeGrantRequest, EmptyResponse>
{
    public override string Name => "RevokeGrant";

    protected override OperationDeclaration<RevokeGrantRequest> Declaration { get; } = new()
    {
        Action = "kms:RevokeGrant",
        ReadOnly = false,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (_, call) => new KmsConditionKeys(call).Set("kms:GrantIsForAWSResource", "false").Keys,
    };

    protected override async Task<EmptyResponse> HandleAsync(RevokeGrantRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (!GrantIds.IsValid(request.GrantId))
        {
            throw KmsErrors.InvalidGrantId("Invalid grant ID");
        }
        var key = (await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.KeyId, call), call, crossAccount: true, cancellationToken)).Key;
        DryRun.Stop(request.DryRun);
        if (!await store.DeleteAsync(GrantDirectory.KeyOf(key.AccountId, key.Region, key.KeyId, request.GrantId), cancellationToken: cancellationToken))
        {
            throw KmsErrors.NotFound($"Grant ID {request.GrantId} not found");
        }
        lookup.Refresh(key.AccountId, key.Region, key.KeyId);
        return new EmptyResponse();
    }
}
