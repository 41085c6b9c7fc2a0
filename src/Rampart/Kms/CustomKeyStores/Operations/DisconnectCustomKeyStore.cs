using Rampart.Kms.Common;
using Rampart.Operations;

namespace Rampart.Kms.CustomKeyStores.Operations;

/// <summary>DisconnectCustomKeyStore: there are no custom key stores, so every ID is unknown.</summary>
public sealed class DisconnectCustomKeyStore : KmsOperation<CustomKeyStoreIdRequest, EmptyResponse>
{
    public override string Name => "DisconnectCustomKeyStore";

    protected override OperationDeclaration<CustomKeyStoreIdRequest> Declaration { get; } = new()
    {
        Action = "kms:DisconnectCustomKeyStore",
        ReadOnly = false,
        ContextKeys = (_, call) => new KmsConditionKeys(call).Keys,
    };

    protected override Task<EmptyResponse> HandleAsync(CustomKeyStoreIdRequest request, CallContext call, CancellationToken cancellationToken) =>
        throw CustomKeyStoreErrors.NotFound(request.CustomKeyStoreId);
}
