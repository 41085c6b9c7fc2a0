using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Federation;

/// <summary>Deletes an OIDC provider. IAM documents it as idempotent: a provider that does not exist is no error.
/// Roles that trust it stay, but no token of the provider is accepted any more.</summary>
public sealed class DeleteOpenIDConnectProvider(IStore store) : FederationOperation<OpenIDConnectProviderArnRequest, EmptyResponse>
{
    public override string Name => "DeleteOpenIDConnectProvider";

    protected override OperationDeclaration<OpenIDConnectProviderArnRequest> Declaration { get; } = new()
    {
        Action = "iam:DeleteOpenIDConnectProvider",
        ReadOnly = false,
        Resources = (request, _) => [request.OpenIDConnectProviderArn],
    };

    protected override async Task<EmptyResponse> HandleAsync(OpenIDConnectProviderArnRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var (account, name) = ProviderArn.Parse(request.OpenIDConnectProviderArn, ProviderArn.OidcType);
        if (account == call.AccountId)
        {
            await store.DeleteAsync(OidcProviderDirectory.KeyOf(account, name), cancellationToken: cancellationToken);
        }
        return EmptyResponse.Instance;
    }
}
