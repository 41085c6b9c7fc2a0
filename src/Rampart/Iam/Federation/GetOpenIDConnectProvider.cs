using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Federation;

public sealed record OpenIDConnectProviderArnRequest(string OpenIDConnectProviderArn);

public sealed record GetOpenIDConnectProviderResponse(
    string Url, IReadOnlyList<string> ClientIDList, IReadOnlyList<string> ThumbprintList, DateTimeOffset CreateDate, IReadOnlyList<IamTag>? Tags);

public sealed class GetOpenIDConnectProvider(IStore store) : FederationOperation<OpenIDConnectProviderArnRequest, GetOpenIDConnectProviderResponse>
{
    public override string Name => "GetOpenIDConnectProvider";

    protected override OperationDeclaration<OpenIDConnectProviderArnRequest> Declaration { get; } = new()
    {
        Action = "iam:GetOpenIDConnectProvider",
        ReadOnly = true,
        Resources = (request, _) => [request.OpenIDConnectProviderArn],
    };

    protected override async Task<GetOpenIDConnectProviderResponse> HandleAsync(OpenIDConnectProviderArnRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var (provider, _) = await new OidcProviderDirectory(store).RequireAsync(call.AccountId, request.OpenIDConnectProviderArn, cancellationToken);
        return new GetOpenIDConnectProviderResponse(provider.Name, provider.ClientIds, provider.Thumbprints, provider.CreateDate,
            provider.Tags.Count > 0 ? provider.Tags : null);
    }
}
