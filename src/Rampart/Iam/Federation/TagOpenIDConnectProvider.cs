using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Federation;

public sealed record TagOpenIDConnectProviderRequest(string OpenIDConnectProviderArn, IReadOnlyList<IamTag> Tags);

public sealed class TagOpenIDConnectProvider(IStore store) : FederationOperation<TagOpenIDConnectProviderRequest, EmptyResponse>
{
    public override string Name => "TagOpenIDConnectProvider";

    protected override OperationDeclaration<TagOpenIDConnectProviderRequest> Declaration { get; } = new()
    {
        Action = "iam:TagOpenIDConnectProvider",
        ReadOnly = false,
        Resources = (request, _) => [request.OpenIDConnectProviderArn],
        RequestTags = request => IamTags.ToDictionary(request.Tags),
    };

    protected override async Task<EmptyResponse> HandleAsync(TagOpenIDConnectProviderRequest request, CallContext call, CancellationToken cancellationToken)
    {
        IamTags.CheckRequested(request.Tags);
        await new OidcProviderDirectory(store).UpdateAsync(call.AccountId, request.OpenIDConnectProviderArn,
            provider => provider with { Tags = IamTags.Merge(provider.Tags, request.Tags, "OpenIdConnectProvider") }, cancellationToken);
        return EmptyResponse.Instance;
    }
}
