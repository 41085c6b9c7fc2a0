using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Federation;

public sealed record CreateOpenIDConnectProviderRequest(string Url, IReadOnlyList<string>? ClientIDList, IReadOnlyList<string>? ThumbprintList, IReadOnlyList<IamTag>? Tags);

public sealed record CreateOpenIDConnectProviderResponse(string OpenIDConnectProviderArn, IReadOnlyList<IamTag>? Tags);

/// <summary>Registers an OIDC identity provider, which role trust policies can then name as a federated principal.
/// The thumbprints are optional, as in IAM today: tokens are verified against the keys the issuer publishes.</summary>
public sealed class CreateOpenIDConnectProvider(IStore store) : FederationOperation<CreateOpenIDConnectProviderRequest, CreateOpenIDConnectProviderResponse>
{
    public override string Name => "CreateOpenIDConnectProvider";

    protected override OperationDeclaration<CreateOpenIDConnectProviderRequest> Declaration { get; } = new()
    {
        Action = "iam:CreateOpenIDConnectProvider",
        ReadOnly = false,
        Resources = (request, call) => [ProviderArn.Of(call.AccountId, ProviderArn.OidcType, OidcProviderUrl.NameOf(request.Url))],
        RequestTags = request => IamTags.ToDictionary(request.Tags ?? []),
    };

    protected override async Task<CreateOpenIDConnectProviderResponse> HandleAsync(CreateOpenIDConnectProviderRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var url = OidcProviderUrl.Parse(request.Url);
        IamTags.CheckRequested(request.Tags);
        var provider = new OidcProviderRecord(
            call.AccountId,
            url.Name,
            url.IssuerUrl,
            OidcProviderLists.ClientIds(request.ClientIDList ?? []),
            OidcProviderLists.Thumbprints(request.ThumbprintList ?? []),
            IamClock.ToSeconds(call.Time),
            request.Tags ?? []);
        await AccountQuota.OidcProviders.EnsureRoomAsync(store, call.AccountId, cancellationToken);
        await IamConflicts.CreatingAsync(
            () => store.PutAsync(OidcProviderDirectory.KeyOf(call.AccountId, url.Name), IamJson.Write(provider), StoreWrite.Absent, cancellationToken),
            _ => IamErrors.EntityAlreadyExists($"Provider with url {url.IssuerUrl} already exists."));
        return new CreateOpenIDConnectProviderResponse(provider.Arn, provider.Tags.Count > 0 ? provider.Tags : null);
    }
}
