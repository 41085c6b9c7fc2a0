using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Import;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Keys.Operations;

public sealed record CancelKeyDeletionResponse(string KeyId);

/// <summary>Takes a key out of PendingDeletion or PendingReplicaDeletion; as in AWS it comes back disabled.</summary>
public sealed class CancelKeyDeletion(IStore store, KeyArnResolver arns, KeyCache keys) : KmsOperation<KeyIdRequest, CancelKeyDeletionResponse>
{
    public override string Name => "CancelKeyDeletion";

    protected override OperationDeclaration<KeyIdRequest> Declaration { get; } = new()
    {
        Action = "kms:CancelKeyDeletion",
        ReadOnly = false,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (_, call) => new KmsConditionKeys(call).Keys,
    };

    protected override async Task<CancelKeyDeletionResponse> HandleAsync(KeyIdRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var key = await new KeyUpdater(store, keys).UpdateAsync(request.KeyId, call, key => !KeyState.IsPendingDeletion(key.KeyState)
            ? throw KmsErrors.InvalidState($"{key.Arn} is not pending deletion.")
            : key with
            {
                // As in AWS, a key whose imported material is not all in it waits for it again.
                KeyState = key.Origin == KeyOrigins.External && !ImportRules.AllImported(key) ? KeyState.PendingImport : KeyState.Disabled,
                DeletionDate = null,
                PendingWindowInDays = null,
            }, cancellationToken);
        return new CancelKeyDeletionResponse(key.Arn);
    }
}
