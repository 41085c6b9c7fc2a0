using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Federation;

public sealed record OpenIDConnectProviderClientIdRequest(string OpenIDConnectProviderArn, string ClientID);

/// <summary>Adds an audience to a provider; adding one it already has changes nothing, as IAM documents.</summary>
public sealed class AddClientIDToOpenIDConnectProvider(IStore store) : FederationOperation<OpenIDConnectProviderClientIdRequest, EmptyResponse>
{
    public override string Name => "AddClientIDToOpenIDConnectProvider";

    protected override OperationDeclaration<OpenIDConnectProviderClientIdRequest> Declaration { get; } = new()
    {
        Action = "iam:AddClientIDToOpenIDConnectProvider",
        ReadOnly = false,
        Resources = (request, _) => [request.OpenIDConnectProviderArn],
    };

    protected override async Task<EmptyResponse> HandleAsync(OpenIDConnectProviderClientIdRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new OidcProviderDirectory(store).UpdateAsync(call.AccountId, request.OpenIDConnectProviderArn,
            provider => provider with { ClientIds = OidcProviderLists.ClientIds([.. provider.ClientIds, request.ClientID]) }, cancellationToken);
        return EmptyResponse.Instance;
    }
}
