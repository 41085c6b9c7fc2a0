using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Federation;

/// <summary>Removes an audience from a provider; removing one it does not have changes nothing, as IAM documents.</summary>
public sealed class RemoveClientIDFromOpenIDConnectProvider(IStore store) : FederationOperation<OpenIDConnectProviderClientIdRequest, EmptyResponse>
{
    public override string Name => "RemoveClientIDFromOpenIDConnectProvider";

    protected override OperationDeclaration<OpenIDConnectProviderClientIdRequest> Declaration { get; } = new()
    {
        Action = "iam:RemoveClientIDFromOpenIDConnectProvider",
        ReadOnly = false,
        Resources = (request, _) => [request.OpenIDConnectProviderArn],
    };

    protected override async Task<EmptyResponse> HandleAsync(OpenIDConnectProviderClientIdRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new OidcProviderDirectory(store).UpdateAsync(call.AccountId, request.OpenIDConnectProviderArn,
            provider => provider with { ClientIds = [.. provider.ClientIds.Where(id => id != request.ClientID)] }, cancellationToken);
        return EmptyResponse.Instance;
    }
}
