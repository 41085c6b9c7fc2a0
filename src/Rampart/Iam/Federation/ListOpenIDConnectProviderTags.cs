using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Federation;

public sealed record ListOpenIDConnectProviderTagsRequest(string OpenIDConnectProviderArn, string? Marker, int? MaxItems);

public sealed class ListOpenIDConnectProviderTags(IStore store) : FederationOperation<ListOpenIDConnectProviderTagsRequest, ProviderTagPage>
{
    public override string Name => "ListOpenIDConnectProviderTags";

    protected override OperationDeclaration<ListOpenIDConnectProviderTagsRequest> Declaration { get; } = new()
    {
        Action = "iam:ListOpenIDConnectProviderTags",
        ReadOnly = true,
        Resources = (request, _) => [request.OpenIDConnectProviderArn],
    };

    protected override async Task<ProviderTagPage> HandleAsync(ListOpenIDConnectProviderTagsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var (provider, _) = await new OidcProviderDirectory(store).RequireAsync(call.AccountId, request.OpenIDConnectProviderArn, cancellationToken);
        return ProviderTagPage.Of(provider.Tags, request.Marker, request.MaxItems);
    }
}
