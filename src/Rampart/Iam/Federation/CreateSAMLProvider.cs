using System.Security.Cryptography;
using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.Federation;

public sealed record CreateSAMLProviderRequest(string SAMLMetadataDocument, string Name, IReadOnlyList<IamTag>? Tags, string? AssertionEncryptionMode, string? AddPrivateKey);

public sealed record CreateSAMLProviderResponse(string SAMLProviderArn, IReadOnlyList<IamTag>? Tags);

/// <summary>Registers a SAML identity provider from its metadata document (entity ID and signing certificates).</summary>
public sealed class CreateSAMLProvider(IStore store, SecretProtector secrets) : FederationOperation<CreateSAMLProviderRequest, CreateSAMLProviderResponse>
{
    private const string UuidAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public override string Name => "CreateSAMLProvider";

    protected override OperationDeclaration<CreateSAMLProviderRequest> Declaration { get; } = new()
    {
        Action = "iam:CreateSAMLProvider",
        ReadOnly = false,
        Resources = (request, call) => [ProviderArn.Of(call.AccountId, ProviderArn.SamlType, request.Name)],
        RequestTags = request => IamTags.ToDictionary(request.Tags ?? []),
    };

    protected override async Task<CreateSAMLProviderResponse> HandleAsync(CreateSAMLProviderRequest request, CallContext call, CancellationToken cancellationToken)
    {
        IamTags.CheckRequested(request.Tags);
        var metadata = SamlMetadata.Parse(request.SAMLMetadataDocument);
        var arn = ProviderArn.Of(call.AccountId, ProviderArn.SamlType, request.Name);
        var keys = new SamlPrivateKeys(secrets).Change(arn, [], request.AddPrivateKey, null, call.Time);
        SamlPrivateKeys.CheckMode(request.AssertionEncryptionMode, keys);
        var provider = new SamlProviderRecord(call.AccountId, request.Name, RandomNumberGenerator.GetString(UuidAlphabet, 26),
            request.SAMLMetadataDocument, metadata, IamClock.ToSeconds(call.Time), request.AssertionEncryptionMode, keys, request.Tags ?? []);
        await AccountQuota.SamlProviders.EnsureRoomAsync(store, call.AccountId, cancellationToken);
        await IamConflicts.CreatingAsync(
            () => store.PutAsync(SamlProviderDirectory.KeyOf(call.AccountId, request.Name), IamJson.Write(provider), StoreWrite.Absent, cancellationToken),
            _ => IamErrors.EntityAlreadyExists($"SAMLProvider {request.Name} already exists"));
        return new CreateSAMLProviderResponse(arn, provider.Tags.Count > 0 ? provider.Tags : null);
    }
}
