using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Federation;

public sealed record ListSAMLProviderTagsRequest(string SAMLProviderArn, string? Marker, int? MaxItems);

public sealed class ListSAMLProviderTags(IStore store) : FederationOperation<ListSAMLProviderTagsRequest, ProviderTagPage>
{
    public override string Name => "ListSAMLProviderTags";

    protected override OperationDeclaration<ListSAMLProviderTagsRequest> Declaration { get; } = new()
    {
        Action = "iam:ListSAMLProviderTags",
        ReadOnly = true,
        Resources = (request, _) => [request.SAMLProviderArn],
    };

    protected override async Task<ProviderTagPage> HandleAsync(ListSAMLProviderTagsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var (provider, _) = await new SamlProviderDirectory(store).RequireAsync(call.AccountId, request.SAMLProviderArn, cancellationToken);
        return ProviderTagPage.Of(provider.Tags, request.Marker, request.MaxItems);
    }
}
