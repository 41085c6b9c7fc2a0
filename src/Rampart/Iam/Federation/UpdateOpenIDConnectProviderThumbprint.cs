using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Federation;

public sealed record UpdateOpenIDConnectProviderThumbprintRequest(string OpenIDConnectProviderArn, IReadOnlyList<string> ThumbprintList);

/// <summary>Replaces a provider's whole thumbprint list.</summary>
public sealed class UpdateOpenIDConnectProviderThumbprint(IStore store) : FederationOperation<UpdateOpenIDConnectProviderThumbprintRequest, EmptyResponse>
{
    public override string Name => "UpdateOpenIDConnectProviderThumbprint";

    protected override OperationDeclaration<UpdateOpenIDConnectProviderThumbprintRequest> Declaration { get; } = new()
    {
        Action = "iam:UpdateOpenIDConnectProviderThumbprint",
        ReadOnly = false,
        Resources = (request, _) => [request.OpenIDConnectProviderArn],
    };

    protected override async Task<EmptyResponse> HandleAsync(UpdateOpenIDConnectProviderThumbprintRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var thumbprints = OidcProviderLists.Thumbprints(request.ThumbprintList);
        await new OidcProviderDirectory(store).UpdateAsync(call.AccountId, request.OpenIDConnectProviderArn,
            provider => provider with { Thumbprints = thumbprints }, cancellationToken);
        return EmptyResponse.Instance;
    }
}
