using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Keys.Operations;

/// <summary>EnableKey and DisableKey: each sets one key state, refused for keys pending deletion or import.</summary>
public abstract class KeyEnablementChange(IStore store, KeyArnResolver arns, KeyCache keys, string targetState)
    : KmsOperation<KeyIdRequest, EmptyResponse>
{
    protected sealed override OperationDeclaration<KeyIdRequest> Declaration => field ??= new()
    {
        Action = $"kms:{Name}",
        ReadOnly = false,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (_, call) => new KmsConditionKeys(call).Keys,
    };

    protected sealed override async Task<EmptyResponse> HandleAsync(KeyIdRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new KeyUpdater(store, keys).UpdateAsync(request.KeyId, call, key => key.KeyState switch
        {
            KeyState.PendingDeletion or KeyState.PendingReplicaDeletion => throw KmsErrors.PendingDeletion(key.Arn),
            KeyState.PendingImport => throw KmsErrors.PendingImport(key.Arn),
            _ => key with { KeyState = targetState },
        }, cancellationToken);
        return new EmptyResponse();
    }
}
