using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Import.Operations;

public sealed record DeleteImportedKeyMaterialRequest(string KeyId, string? KeyMaterialId);

public sealed record DeleteImportedKeyMaterialResponse(string KeyId, string? KeyMaterialId);

/// <summary>Deletes a key's imported material at once: the key becomes PendingImport and can use only the same
/// material again. Given the KeyMaterialId of material pending rotation, deletes only that.</summary>
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
        string? deleted = null;
        var key = await new KeyUpdater(store, keys).UpdateAsync(request.KeyId, call, key =>
        {
            ImportRules.RequireExternal(key, Name);
            if (KeyState.IsPendingDeletion(key.KeyState))
            {
                throw KmsErrors.PendingDeletion(key.Arn);
            }
            if (request.KeyMaterialId is not null && request.KeyMaterialId == key.Import?.Pending?.Material.MaterialId)
            {
                // Material pending rotation is not yet part of the key: only it goes.
                deleted = request.KeyMaterialId;
                return key with { Import = key.Import with { Pending = null } };
            }
            if (request.KeyMaterialId is not null && request.KeyMaterialId != key.Import?.MaterialId)
            {
                throw KmsErrors.NotFound($"Key material {request.KeyMaterialId} does not exist for {key.Arn}.");
            }
            deleted = key.Materials.Count > 0 ? key.CurrentMaterial.MaterialId : null;
            return ImportRules.WithoutMaterial(key);
        }, cancellationToken);
        return new DeleteImportedKeyMaterialResponse(key.Arn, deleted);
    }
}
