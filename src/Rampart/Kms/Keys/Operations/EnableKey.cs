using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Keys.Operations;

/// <summary>Lets a disabled key be used again.</summary>
public sealed class EnableKey(IStore store, KeyArnResolver arns, KeyCache keys) : KmsOperation<KeyIdRequest, EmptyResponse>
{
    public override string Name => "EnableKey";

    protected override OperationDeclaration<KeyIdRequest> Declaration { get; } = new()
    {
        Action = "kms:EnableKey",
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
            _ => key with { KeyState = KeyState.Enabled },
        }, cancellationToken);
        return new EmptyResponse();
    }
}
