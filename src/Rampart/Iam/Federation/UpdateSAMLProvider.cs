using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.Federation;

public sealed record UpdateSAMLProviderRequest(string SAMLProviderArn, string? SAMLMetadataDocument, string? AssertionEncryptionMode, string? AddPrivateKey, string? RemovePrivateKey);

public sealed record UpdateSAMLProviderResponse(string SAMLProviderArn);

/// <summary>Replaces a provider's metadata, changes its assertion encryption mode, or adds or removes a private key.</summary>
public sealed class UpdateSAMLProvider(IStore store, SecretProtector secrets) : FederationOperation<UpdateSAMLProviderRequest, UpdateSAMLProviderResponse>
{
    public override string Name => "UpdateSAMLProvider";

    protected override OperationDeclaration<UpdateSAMLProviderRequest> Declaration { get; } = new()
    {
        Action = "iam:UpdateSAMLProvider",
        ReadOnly = false,
        Resources = (request, _) => [request.SAMLProviderArn],
    };

    protected override async Task<UpdateSAMLProviderResponse> HandleAsync(UpdateSAMLProviderRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var metadata = request.SAMLMetadataDocument is { } document ? SamlMetadata.Parse(document) : null;
        var keys = new SamlPrivateKeys(secrets);
        var updated = await new SamlProviderDirectory(store).UpdateAsync(call.AccountId, request.SAMLProviderArn, provider =>
        {
            var privateKeys = keys.Change(provider.Arn, provider.PrivateKeys, request.AddPrivateKey, request.RemovePrivateKey, call.Time);
            var mode = request.AssertionEncryptionMode ?? provider.AssertionEncryptionMode;
            SamlPrivateKeys.CheckMode(mode, privateKeys);
            return provider with
            {
                MetadataDocument = request.SAMLMetadataDocument ?? provider.MetadataDocument,
                Metadata = metadata ?? provider.Metadata,
                AssertionEncryptionMode = mode,
                PrivateKeys = privateKeys,
            };
        }, cancellationToken);
        return new UpdateSAMLProviderResponse(updated.Arn);
    }
}
