using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Federation;

public sealed record ListOpenIDConnectProvidersRequest;

public sealed record OpenIDConnectProviderListEntry(string Arn);

public sealed record ListOpenIDConnectProvidersResponse(IReadOnlyList<OpenIDConnectProviderListEntry> OpenIDConnectProviderList);

public sealed class ListOpenIDConnectProviders(IStore store) : FederationOperation<ListOpenIDConnectProvidersRequest, ListOpenIDConnectProvidersResponse>
{
    public override string Name => "ListOpenIDConnectProviders";

    protected override OperationDeclaration<ListOpenIDConnectProvidersRequest> Declaration { get; } = new()
    {
        Action = "iam:ListOpenIDConnectProviders",
        ReadOnly = true,
    };

    protected override async Task<ListOpenIDConnectProvidersResponse> HandleAsync(ListOpenIDConnectProvidersRequest request, CallContext call, CancellationToken cancellationToken) =>
        new([.. (await new OidcProviderDirectory(store).AllAsync(call.AccountId, cancellationToken)).Select(p => new OpenIDConnectProviderListEntry(p.Arn))]);
}
