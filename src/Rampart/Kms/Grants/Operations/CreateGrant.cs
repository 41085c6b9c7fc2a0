using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Kms.Grants.Operations;

public sealed record CreateGrantRequest(
    string KeyId,
    string GranteePrincipal,
    string? RetiringPrincipal,
    IReadOnlyList<string> Operations,
    GrantConstraints? Constraints,
    IReadOnlyList<string>? GrantTokens,
    string? Name,
    bool? DryRun);

public sealed record CreateGrantResponse(string GrantToken, string GrantId);

/// <summary>Lets a principal use a key for some operations, optionally only under an encryption context. The grant
/// works at once: this node reads the key's grants afresh, and its token makes other nodes do the same.</summary>
public sealed class CreateGrant(IStore store, KeyArnResolver arns, KmsResourceLookup lookup) : KmsOperation<CreateGrantRequest, CreateGrantResponse>
{
    private const int MaxGrantsPerKey = 50_000;

    public override string Name => "CreateGrant";

    protected override OperationDeclaration<CreateGrantRequest> Declaration { get; } = new()
    {
        Action = "kms:CreateGrant",
        ReadOnly = false,
        Resources = (request, call) => [lookup.Honour(arns.KeyArn(request.KeyId, call), request.GrantTokens)],
        ContextKeys = (request, call) => new KmsConditionKeys(call)
            .KeyId(request.KeyId)
            .Set("kms:GranteePrincipal", request.GranteePrincipal)
            .Set("kms:RetiringPrincipal", request.RetiringPrincipal)
            .Set("kms:GrantOperations", request.Operations)
            .Set("kms:GrantConstraintType", ConstraintType(request.Constraints))
            .Set("kms:GrantIsForAWSResource", "false")
            .EncryptionContext(request.Constraints?.EncryptionContextEquals ?? request.Constraints?.EncryptionContextSubset)
            .Keys,
    };

    protected override async Task<CreateGrantResponse> HandleAsync(CreateGrantRequest request, CallContext call, CancellationToken cancellationToken)
    {
        GrantPrincipals.Require(request.GranteePrincipal, "granteePrincipal");
        if (request.RetiringPrincipal is not null)
        {
            GrantPrincipals.Require(request.RetiringPrincipal, "retiringPrincipal");
        }
        if (request.Constraints is { EncryptionContextEquals: not null, EncryptionContextSubset: not null })
        {
            throw KmsErrors.Validation("You can specify either EncryptionContextEquals or EncryptionContextSubset, but not both.");
        }
        var key = (await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.KeyId, call), call, crossAccount: true, cancellationToken)).Key;
        if (KeyState.IsPendingDeletion(key.KeyState))
        {
            throw KmsErrors.PendingDeletion(key.Arn);
        }
        GrantOperations.RequireSuitable(request.Operations, key);
        if (request.Constraints is not null && key.KeySpec != KeySpecs.SymmetricDefault)
        {
            throw KmsErrors.Validation($"Grant constraints are not supported for KMS key {key.Arn}: only symmetric encryption keys support an encryption context.");
        }
        DryRun.Stop(request.DryRun);

        var grants = new GrantDirectory(store);
        var existing = await grants.AllOfKeyAsync(key.AccountId, key.Region, key.KeyId, cancellationToken);
        // A retried CreateGrant with the same name and parameters returns the grant it made the first time.
        var same = existing.FirstOrDefault(grant => request.Name is not null && grant.Name == request.Name && SameParameters(grant, request));
        if (same is not null)
        {
            return new CreateGrantResponse(GrantToken.For(key.Arn, same.GrantId), same.GrantId);
        }
        if (existing.Count >= MaxGrantsPerKey)
        {
            throw KmsErrors.LimitExceeded($"The request would exceed the limit of {MaxGrantsPerKey} grants for KMS key {key.Arn}.");
        }
        var record = new GrantRecord(
            key.Arn, GrantIds.New(), request.Name, call.Time, request.GranteePrincipal, request.RetiringPrincipal, call.AccountId,
            [.. request.Operations.Distinct(StringComparer.Ordinal)], request.Constraints);
        await store.PutAsync(GrantDirectory.KeyOf(key.AccountId, key.Region, key.KeyId, record.GrantId), KmsJson.Write(record), StoreWrite.Absent, cancellationToken);
        lookup.Refresh(key.AccountId, key.Region, key.KeyId);
        return new CreateGrantResponse(GrantToken.For(key.Arn, record.GrantId), record.GrantId);
    }

    private static string? ConstraintType(GrantConstraints? constraints) =>
        constraints?.EncryptionContextEquals is not null ? "EncryptionContextEquals"
        : constraints?.EncryptionContextSubset is not null ? "EncryptionContextSubset"
        : null;

    private static bool SameParameters(GrantRecord grant, CreateGrantRequest request) =>
        grant.GranteePrincipal == request.GranteePrincipal
        && grant.RetiringPrincipal == request.RetiringPrincipal
        && grant.Operations.Order(StringComparer.Ordinal).SequenceEqual(request.Operations.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        && SameContext(grant.Constraints?.EncryptionContextEquals, request.Constraints?.EncryptionContextEquals)
        && SameContext(grant.Constraints?.EncryptionContextSubset, request.Constraints?.EncryptionContextSubset);

    private static bool SameContext(Dictionary<string, string>? a, Dictionary<string, string>? b) =>
        a is null ? b is null : b is not null && a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var value) && value == pair.Value);
}
