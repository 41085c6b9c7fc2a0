using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Grants.Operations;

public sealed record RetireGrantRequest(string? GrantToken, string? KeyId, string? GrantId, bool? DryRun);

/// <summary>Ends a grant, by its token or by key and grant ID. Who may do it (the retiring principal, the grantee
/// when the grant allows RetireGrant, the issuing account) the grant's own statements tell the policy engine.</summary>
public sealed class RetireGrant(IStore store, KeyArnResolver arns, KmsResourceLookup lookup) : KmsOperation<RetireGrantRequest, EmptyResponse>
{
    public override string Name => "RetireGrant";

    protected override OperationDeclaration<RetireGrantRequest> Declaration { get; } = new()
    {
        Action = "kms:RetireGrant",
        ReadOnly = false,
        Resources = (request, call) => [Target(request, call, arns).KeyArn],
        ContextKeys = (request, call) => new KmsConditionKeys(call).Set(GrantPolicy.GrantIdKey, Target(request, call, arns).GrantId).Keys,
    };

    protected override async Task<EmptyResponse> HandleAsync(RetireGrantRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var (keyArn, grantId) = Target(request, call, arns);
        var reference = KeyReference.Parse(keyArn, call);
        var key = (await new KeyDirectory(store).RequireAsync(reference, call, crossAccount: true, cancellationToken)).Key;
        DryRun.Stop(request.DryRun);
        var deleted = await store.DeleteAsync(GrantDirectory.KeyOf(key.AccountId, key.Region, key.KeyId, grantId), cancellationToken: cancellationToken);
        if (!deleted)
        {
            throw KmsErrors.NotFound($"Grant ID {grantId} not found");
        }
        lookup.Refresh(key.AccountId, key.Region, key.KeyId);
        return new EmptyResponse();
    }

    /// <summary>The grant named by the token, else by KeyId and GrantId (both then required).</summary>
    private static (string KeyArn, string GrantId) Target(RetireGrantRequest request, CallContext call, KeyArnResolver arns)
    {
        if (request.GrantToken is not null)
        {
            var (keyArn, grantId) = Grants.GrantToken.Read(request.GrantToken);
            if ((request.GrantId is not null && request.GrantId != grantId) || (request.KeyId is not null && arns.KeyArn(request.KeyId, call) != keyArn))
            {
                throw KmsErrors.InvalidGrantToken();
            }
            return (keyArn, grantId);
        }
        if (request.KeyId is null || request.GrantId is null)
        {
            throw KmsErrors.Validation("Either GrantToken, or GrantId and KeyId must be specified.");
        }
        return GrantIds.IsValid(request.GrantId) ? (arns.KeyArn(request.KeyId, call), request.GrantId) : throw KmsErrors.InvalidGrantId("Invalid grant ID");
    }
}
