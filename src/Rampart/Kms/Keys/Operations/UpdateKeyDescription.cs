using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Keys.Operations;

public sealed record UpdateKeyDescriptionRequest(string KeyId, string Description);

/// <summary>Replaces a key's description.</summary>
public sealed class UpdateKeyDescription(IStore store, KeyArnResolver arns) : KmsOperation<UpdateKeyDescriptionRequest, EmptyResponse>
{
    public override string Name => "UpdateKeyDescription";

    protected override OperationDeclaration<UpdateKeyDescriptionRequest> Declaration { get; } = new()
    {
        Action = "kms:UpdateKeyDescription",
        ReadOnly = false,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (_, call) => new KmsConditionKeys(call).Keys,
    };

    protected override async Task<EmptyResponse> HandleAsync(UpdateKeyDescriptionRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new KeyUpdater(store).UpdateAsync(request.KeyId, call, key => KeyState.IsPendingDeletion(key.KeyState)
            ? throw KmsErrors.PendingDeletion(key.Arn)
            : key with { Description = request.Description }, cancellationToken);
        return new EmptyResponse();
    }
}
