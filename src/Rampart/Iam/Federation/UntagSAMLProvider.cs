using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;

namespace Rampart.Iam.Federation;

public sealed record UntagSAMLProviderRequest(string SAMLProviderArn, IReadOnlyList<string> TagKeys);

public sealed class UntagSAMLProvider(IStore store) : FederationOperation<UntagSAMLProviderRequest, EmptyResponse>
{
    public override string Name => "UntagSAMLProvider";

    protected override OperationDeclaration<UntagSAMLProviderRequest> Declaration { get; } = new()
    {
        Action = "iam:UntagSAMLProvider",
        ReadOnly = false,
        Resources = (request, _) => [request.SAMLProviderArn],
        ContextKeys = (request, _) => new Dictionary<string, ContextValue> { ["aws:TagKeys"] = ContextValue.Multiple(request.TagKeys) },
    };

    protected override async Task<EmptyResponse> HandleAsync(UntagSAMLProviderRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new SamlProviderDirectory(store).UpdateAsync(call.AccountId, request.SAMLProviderArn,
            provider => provider with { Tags = IamTags.Remove(provider.Tags, request.TagKeys) }, cancellationToken);
        return EmptyResponse.Instance;
    }
}
