using Rampart.Authorization;
using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Import;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.MultiRegion.Operations;

public sealed record ReplicateKeyRequest(
    string KeyId, string ReplicaRegion, string? Policy, bool? BypassPolicyLockoutSafetyCheck, string? Description, IReadOnlyList<KmsTag>? Tags);

public sealed record ReplicateKeyResponse(KeyMetadata ReplicaKeyMetadata, string ReplicaPolicy, IReadOnlyList<KmsTag> ReplicaTags);

/// <summary>Makes a replica of a multi-Region primary key in another Region: same key ID, same material (every
/// version, so the replica decrypts what the primary encrypted), its own policy, description and tags. Imported
/// material is not copied: the replica waits in PendingImport for the same material.</summary>
public sealed class ReplicateKey(IStore store, SecretProtector secrets, KeyArnResolver arns, IEnumerable<IPrincipalPolicySource> policySources, KeyCache keyCache)
    : KmsOperation<ReplicateKeyRequest, ReplicateKeyResponse>
{
    private readonly KeyPolicyCheck policyCheck = new(policySources);

    public override string Name => "ReplicateKey";

    /// <summary>As in AWS, replicating also needs kms:CreateKey, for the key that appears in the replica Region.</summary>
    protected override OperationDeclaration<ReplicateKeyRequest> Declaration { get; } = new()
    {
        Action = "kms:ReplicateKey",
        ReadOnly = false,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (request, call) => new KmsConditionKeys(call).Set("kms:ReplicaRegion", request.ReplicaRegion).Keys,
        RequestTags = request => KmsTags.ToDictionary(request.Tags),
        AlsoRequired =
        [
            new()
            {
                Action = "kms:CreateKey",
                ReadOnly = false,
                ContextKeys = (request, call) => new KmsConditionKeys(call).Set("kms:MultiRegion", "true").Set("kms:ReplicaRegion", request.ReplicaRegion).Keys,
                RequestTags = request => KmsTags.ToDictionary(request.Tags),
            },
        ],
    };

    protected override async Task<ReplicateKeyResponse> HandleAsync(ReplicateKeyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var tags = request.Tags ?? [];
        KmsTags.Validate(tags);
        var keys = new KeyDirectory(store);
        var replica = await StoreRetry.RunAsync(async token =>
        {
            var stored = await keys.RequireAsync(KeyReference.Parse(request.KeyId, call), call, crossAccount: false, token);
            var primary = stored.Key;
            if (primary.MultiRegion is not { } links)
            {
                throw KmsErrors.Unsupported($"{primary.Arn} is not a multi-Region key.");
            }
            if (!primary.IsPrimary)
            {
                throw KmsErrors.Unsupported($"{primary.Arn} is a replica key; replicate its primary key in {links.PrimaryRegion}.");
            }
            if (KeyState.IsPendingDeletion(primary.KeyState))
            {
                throw KmsErrors.PendingDeletion(primary.Arn);
            }
            if (links.AllRegions.Contains(request.ReplicaRegion))
            {
                throw KmsErrors.AlreadyExists($"Multi-Region key {primary.KeyId} already has a key in {request.ReplicaRegion}.");
            }
            var replicaArn = KmsArn.Key(request.ReplicaRegion, primary.AccountId, primary.KeyId);
            var policy = request.Policy ?? DefaultKeyPolicy.For(primary.AccountId);
            await policyCheck.CheckAsync(policy, replicaArn, request.BypassPolicyLockoutSafetyCheck == true, call, token);
            var vault = new KeyMaterialVault(secrets);
            var imported = primary.Origin == KeyOrigins.External;
            var newLinks = links with { ReplicaRegions = [.. links.ReplicaRegions, request.ReplicaRegion] };
            var created = primary with
            {
                Arn = replicaArn,
                Region = request.ReplicaRegion,
                CreationDate = call.Time,
                Description = request.Description ?? primary.Description,
                KeyState = imported ? KeyState.PendingImport : KeyState.Enabled,
                Policy = policy,
                Tags = tags,
                Materials = [.. primary.Materials.Select(m => imported ? Unimported(m) : vault.Reseal(primary.Arn, m, replicaArn))],
                MultiRegion = newLinks,
                Import = imported ? new ImportedMaterial(null, primary.Import?.PendingRotation is { } pending ? Unimported(pending) : null) : null,
            };
            await new KeyUpdater(store, keyCache).UpdateCopiesAsync(stored, copy => copy with { MultiRegion = newLinks }, token);
            await store.PutAsync(KeyDirectory.KeyOf(created.AccountId, created.Region, created.KeyId), KmsJson.Write(created), StoreWrite.Absent, token);
            return created;
        }, cancellationToken: cancellationToken);
        return new ReplicateKeyResponse(KeyMetadata.Of(replica), replica.Policy, replica.Tags);
    }

    /// <summary>As in AWS, a replica of a key with imported material starts without it: it knows each material by its
    /// ID and waits for the same material to be imported into it.</summary>
    private static KeyMaterialRecord Unimported(KeyMaterialRecord material) => material.Removed() with { Description = null };
}
