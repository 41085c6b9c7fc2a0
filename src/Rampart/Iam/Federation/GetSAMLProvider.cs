using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Federation;

public sealed record SAMLProviderArnRequest(string SAMLProviderArn);

public sealed record SAMLPrivateKey(string KeyId, DateTimeOffset Timestamp);

public sealed record GetSAMLProviderResponse(
    string SAMLProviderUUID,
    string SAMLMetadataDocument,
    DateTimeOffset CreateDate,
    DateTimeOffset? ValidUntil,
    IReadOnlyList<IamTag>? Tags,
    string? AssertionEncryptionMode,
    IReadOnlyList<SAMLPrivateKey>? PrivateKeyList);

public sealed class GetSAMLProvider(IStore store) : FederationOperation<SAMLProviderArnRequest, GetSAMLProviderResponse>
{
    public override string Name => "GetSAMLProvider";

    protected override OperationDeclaration<SAMLProviderArnRequest> Declaration { get; } = new()
    {
        Action = "iam:GetSAMLProvider",
        ReadOnly = true,
        Resources = (request, _) => [request.SAMLProviderArn],
    };

    protected override async Task<GetSAMLProviderResponse> HandleAsync(SAMLProviderArnRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var (provider, _) = await new SamlProviderDirectory(store).RequireAsync(call.AccountId, request.SAMLProviderArn, cancellationToken);
        return new GetSAMLProviderResponse(provider.Uuid, provider.MetadataDocument, provider.CreateDate, provider.Metadata.ValidUntil,
            provider.Tags.Count > 0 ? provider.Tags : null, provider.AssertionEncryptionMode,
            provider.PrivateKeys.Count > 0 ? [.. provider.PrivateKeys.Select(k => new SAMLPrivateKey(k.KeyId, k.Timestamp))] : null);
    }
}
