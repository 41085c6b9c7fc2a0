using System.Text.Json.Nodes;
using Rampart.Kms.Common;
using Rampart.Operations;

namespace Rampart.Kms.CustomKeyStores.Operations;

public sealed record UpdateCustomKeyStoreRequest(
    string CustomKeyStoreId,
    string? NewCustomKeyStoreName,
    string? KeyStorePassword,
    string? CloudHsmClusterId,
    string? XksProxyUriEndpoint,
    string? XksProxyUriPath,
    string? XksProxyVpcEndpointServiceName,
    string? XksProxyVpcEndpointServiceOwner,
    JsonObject? XksProxyAuthenticationCredential,
    string? XksProxyConnectivity);

/// <summary>UpdateCustomKeyStore: there are no custom key stores, so every ID is unknown.</summary>
public sealed class UpdateCustomKeyStore : KmsOperation<UpdateCustomKeyStoreRequest, EmptyResponse>
{
    public override string Name => "UpdateCustomKeyStore";

    protected override OperationDeclaration<UpdateCustomKeyStoreRequest> Declaration { get; } = new()
    {
        Action = "kms:UpdateCustomKeyStore",
        ReadOnly = false,
        ContextKeys = (_, call) => new KmsConditionKeys(call).Keys,
    };

    protected override Task<EmptyResponse> HandleAsync(UpdateCustomKeyStoreRequest request, CallContext call, CancellationToken cancellationToken) =>
        throw CustomKeyStoreErrors.NotFound(request.CustomKeyStoreId);
}
