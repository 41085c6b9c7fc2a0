using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Import.Operations;

public sealed record DeleteImportedKeyMaterialRequest(string KeyId, string? KeyMaterialId);

public sealed record DeleteImportedKeyMaterialResponse(string KeyId, string? KeyMaterialId);

/// <summary>Deletes one imported material of a key at once (the current one unless a KeyMaterialId says which): the
/// key becomes PendingImport until the same material is imported again. Material pending rotation is not yet in use:
/// deleting it from a primary key deletes it from the replicas too and leaves the key's state alone.</summary>
public sealed class DeleteImportedKeyMaterial(IStore store, KeyArnResolver arns, KeyCache keys) : KmsOperation<DeleteImportedKeyMaterialRequest, DeleteImportedKeyMaterialResponse>
{
    public override string Name => "DeleteImportedKeyMaterial";

    protected override OperationDeclaration<DeleteImportedKeyMaterialRequest> Declaration { get; } = new()
    {
        Action = "kms:DeleteImportedKeyMaterial",
        ReadOnly = false,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (_, call) => new KmsConditionKeys(call).Keys,
    };

    protected override async Task<DeleteImportedKeyMaterialResponse> HandleAsync(
        DeleteImportedKeyMaterialRequest request, CallContext call, CancellationToken cancellationToken)
    {
        string? region = null;
        KeyMaterialRecord? target = null;
        var pendingFromPrimary = false;
        var key = await new KeyUpdater(store, keys).UpdateAllCopiesAsync(request.KeyId, call,
            key =>
            {
                ImportRules.RequireExternal(key, Name);
                if (KeyState.IsPendingDeletion(key.KeyState))
                {
                    throw KmsErrors.PendingDeletion(key.Arn);
                }
                region = key.Region;
                var pending = key.Import?.PendingRotation;
                pendingFromPrimary = request.KeyMaterialId is not null && request.KeyMaterialId == pending?.MaterialId && key.IsPrimary;
                target = request.KeyMaterialId is null
                    ? (key.Materials.Count > 0 ? key.CurrentMaterial : null)
                    : key.Materials.FirstOrDefault(m => m.MaterialId == request.KeyMaterialId)
                        ?? (pending?.MaterialId == request.KeyMaterialId ? pending : null)
                        ?? throw KmsErrors.NotFound($"Key material {request.KeyMaterialId} does not exist for {key.Arn}.");
            },
            copy =>
            {
                if (pendingFromPrimary)
                {
                    return copy with { Import = copy.Import! with { PendingRotation = null } };
                }
                if (copy.Region != region || target is null)
                {
                    return copy;
                }
                return copy.Import?.PendingRotation?.Version == target.Version
                    ? copy with { Import = copy.Import! with { PendingRotation = target.Removed() } }
                    : ImportRules.WithoutMaterial(copy, target.Version);
            },
            cancellationToken);
        return new DeleteImportedKeyMaterialResponse(key.Arn, target?.MaterialId);
    }
}
