using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Federation;

public sealed record ListSAMLProvidersRequest;

public sealed record SAMLProviderListEntry(string Arn, DateTimeOffset? ValidUntil, DateTimeOffset CreateDate);

public sealed record ListSAMLProvidersResponse(IReadOnlyList<SAMLProviderListEntry> SAMLProviderList);

public sealed class ListSAMLProviders(IStore store) : FederationOperation<ListSAMLProvidersRequest, ListSAMLProvidersResponse>
{
    public override string Name => "ListSAMLProviders";

    protected override OperationDeclaration<ListSAMLProvidersRequest> Declaration { get; } = new()
    {
        Action = "iam:ListSAMLProviders",
        ReadOnly = true,
    };

    protected override async Task<ListSAMLProvidersResponse> HandleAsync(ListSAMLProvidersRequest request, CallContext call, CancellationToken cancellationToken) =>
        new([.. (await new SamlProviderDirectory(store).AllAsync(call.AccountId, cancellationToken))
            .Select(p => new SAMLProviderListEntry(p.Arn, p.Metadata.ValidUntil, p.CreateDate))]);
}
