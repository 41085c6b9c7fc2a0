using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Federation;

/// <summary>Deletes a SAML provider; roles that trust it stay, but no assertion of it is accepted any more.</summary>
public sealed class DeleteSAMLProvider(IStore store) : FederationOperation<SAMLProviderArnRequest, EmptyResponse>
{
    public override string Name => "DeleteSAMLProvider";

    protected override OperationDeclaration<SAMLProviderArnRequest> Declaration { get; } = new()
    {
        Action = "iam:DeleteSAMLProvider",
        ReadOnly = false,
        Resources = (request, _) => [request.SAMLProviderArn],
    };

    protected override async Task<EmptyResponse> HandleAsync(SAMLProviderArnRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await StoreRetry.RunAsync(async token =>
        {
            var (provider, version) = await new SamlProviderDirectory(store).RequireAsync(call.AccountId, request.SAMLProviderArn, token);
            return await store.DeleteAsync(SamlProviderDirectory.KeyOf(provider.AccountId, provider.Name), version, token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
