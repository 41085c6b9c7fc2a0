using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Keys.Operations;

/// <summary>Stops a key from being used until it is enabled again.</summary>
public sealed class DisableKey(IStore store, KeyArnResolver arns, KeyCache keys) : KmsOperation<KeyIdRequest, EmptyResponse>
{
    public override string Name => "DisableKey";

    protected override OperationDeclaration<KeyIdRequest> Declaration { get; } = new()
    {
        Action = "kms:DisableKey",
        ReadOnly = false,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (_, call) => new KmsConditionKeys(call).Keys,
    };

    protected override async Task<EmptyResponse> HandleAsync(KeyIdRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new KeyUpdater(store, keys).UpdateAsync(request.KeyId, call, key => key.KeyState switch
        {
            KeyState.PendingDeletion => throw KmsErrors.PendingDeletion(key.Arn),
            KeyState.PendingImport => throw KmsErrors.PendingImport(key.Arn),
            _ => key with { KeyState = KeyState.Disabled },
        }, cancellationToken);
        return new EmptyResponse();
    }
}
