using System.Text.Json.Nodes;
using Rampart.Kms.Common;
using Rampart.Operations;
using Rampart.Protocol;

namespace Rampart.Kms.CustomKeyStores.Operations;

public sealed record CreateCustomKeyStoreRequest(
    string CustomKeyStoreName,
    string? CloudHsmClusterId,
    string? TrustAnchorCertificate,
    string? KeyStorePassword,
    string? CustomKeyStoreType,
    string? XksProxyUriEndpoint,
    string? XksProxyUriPath,
    string? XksProxyVpcEndpointServiceName,
    string? XksProxyVpcEndpointServiceOwner,
    JsonObject? XksProxyAuthenticationCredential,
    string? XksProxyConnectivity);

public sealed record CreateCustomKeyStoreResponse(string CustomKeyStoreId);

/// <summary>A custom key store needs an AWS CloudHSM cluster or an external key store proxy that KMS reaches. This
/// server has no CloudHSM clusters and does not call out to proxies, so it answers as AWS does when the cluster
/// does not exist or the proxy cannot be reached.</summary>
public sealed class CreateCustomKeyStore : KmsOperation<CreateCustomKeyStoreRequest, CreateCustomKeyStoreResponse>
{
    public override string Name => "CreateCustomKeyStore";

    protected override OperationDeclaration<CreateCustomKeyStoreRequest> Declaration { get; } = new()
    {
        Action = "kms:CreateCustomKeyStore",
        ReadOnly = false,
        ContextKeys = (_, call) => new KmsConditionKeys(call).Keys,
    };

    protected override Task<CreateCustomKeyStoreResponse> HandleAsync(CreateCustomKeyStoreRequest request, CallContext call, CancellationToken cancellationToken)
    {
        switch (request.CustomKeyStoreType ?? "AWS_CLOUDHSM")
        {
            case "AWS_CLOUDHSM":
                if (request.CloudHsmClusterId is null || request.TrustAnchorCertificate is null || request.KeyStorePassword is null)
                {
                    throw KmsErrors.Validation("An AWS CloudHSM key store requires CloudHsmClusterId, TrustAnchorCertificate and KeyStorePassword.");
                }
                throw new AwsException("CloudHsmClusterNotFoundException", $"AWS CloudHSM cluster {request.CloudHsmClusterId} does not exist.");
            case "EXTERNAL_KEY_STORE":
                if (request.XksProxyUriEndpoint is null || request.XksProxyUriPath is null || request.XksProxyAuthenticationCredential is null
                    || request.XksProxyConnectivity is null)
                {
                    throw KmsErrors.Validation(
                        "An external key store requires XksProxyUriEndpoint, XksProxyUriPath, XksProxyAuthenticationCredential and XksProxyConnectivity.");
                }
                throw new AwsException("XksProxyUriUnreachableException", $"KMS cannot reach the external key store proxy at {request.XksProxyUriEndpoint}.");
            default:
                throw KmsErrors.Validation($"CustomKeyStoreType {request.CustomKeyStoreType} is not valid.");
        }
    }
}
