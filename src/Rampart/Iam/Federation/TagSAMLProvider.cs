using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Federation;

public sealed record TagSAMLProviderRequest(string SAMLProviderArn, IReadOnlyList<IamTag> Tags);

public sealed class TagSAMLProvider(IStore store) : FederationOperation<TagSAMLProviderRequest, EmptyResponse>
{
    public override string Name => "TagSAMLProvider";

    protected override OperationDeclaration<TagSAMLProviderRequest> Declaration { get; } = new()
    {
        Action = "iam:TagSAMLProvider",
        ReadOnly = false,
        Resources = (request, _) => [request.SAMLProviderArn],
        RequestTags = request => IamTags.ToDictionary(request.Tags),
    };

    protected override async Task<EmptyResponse> HandleAsync(TagSAMLProviderRequest request, CallContext call, CancellationToken cancellationToken)
    {
        IamTags.CheckRequested(request.Tags);
        await new SamlProviderDirectory(store).UpdateAsync(call.AccountId, request.SAMLProviderArn,
            provider => provider with { Tags = IamTags.Merge(provider.Tags, request.Tags, "SamlProvider") }, cancellationToken);
        return EmptyResponse.Instance;
    }
}
