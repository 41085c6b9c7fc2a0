using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;

namespace Rampart.Iam.Federation;

public sealed record UntagOpenIDConnectProviderRequest(string OpenIDConnectProviderArn, IReadOnlyList<string> TagKeys);

public sealed class UntagOpenIDConnectProvider(IStore store) : FederationOperation<UntagOpenIDConnectProviderRequest, EmptyResponse>
{
    public override string Name => "UntagOpenIDConnectProvider";

    protected override OperationDeclaration<UntagOpenIDConnectProviderRequest> Declaration { get; } = new()
    {
        Action = "iam:UntagOpenIDConnectProvider",
        ReadOnly = false,
        Resources = (request, _) => [request.OpenIDConnectProviderArn],
        ContextKeys = (request, _) => new Dictionary<string, ContextValue> { ["aws:TagKeys"] = ContextValue.Multiple(request.TagKeys) },
    };

    protected override async Task<EmptyResponse> HandleAsync(UntagOpenIDConnectProviderRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new OidcProviderDirectory(store).UpdateAsync(call.AccountId, request.OpenIDConnectProviderArn,
            provider => provider with { Tags = IamTags.Remove(provider.Tags, request.TagKeys) }, cancellationToken);
        return EmptyResponse.Instance;
    }
}
