using Rampart.Authorization;
using Rampart.Kms.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Keys.Operations;

public sealed record CreateKeyRequest(
    string? Policy,
    string? Description,
    string? KeyUsage,
    string? CustomerMasterKeySpec,
    string? KeySpec,
    string? Origin,
    string? CustomKeyStoreId,
    bool? BypassPolicyLockoutSafetyCheck,
    IReadOnlyList<KmsTag>? Tags,
    bool? MultiRegion,
    string? XksKeyId);

public sealed record CreateKeyResponse(KeyMetadata KeyMetadata);

/// <summary>Creates a key in the caller's account and region with fresh material, sealed under the master key.</summary>
public sealed class CreateKey(IStore store, SecretProtector secrets, IEnumerable<IPrincipalPolicySource> policySources) : KmsOperation<CreateKeyRequest, CreateKeyResponse>
{
    private readonly KeyPolicyCheck policyCheck = new(policySources);

    public override string Name => "CreateKey";

    protected override OperationDeclaration<CreateKeyRequest> Declaration { get; } = new()
    {
        Action = "kms:CreateKey",
        ReadOnly = false,
        ContextKeys = (request, call) => new KmsConditionKeys(call)
            .Set("kms:KeySpec", request.KeySpec ?? request.CustomerMasterKeySpec ?? KeySpecs.SymmetricDefault)
            .Set("kms:CustomerMasterKeySpec", request.KeySpec ?? request.CustomerMasterKeySpec ?? KeySpecs.SymmetricDefault)
            .Set("kms:KeyUsage", request.KeyUsage ?? KeySpecs.EncryptDecrypt)
            .Set("kms:CustomerMasterKeyUsage", request.KeyUsage ?? KeySpecs.EncryptDecrypt)
            .Set("kms:KeyOrigin", request.Origin ?? "AWS_KMS")
            .Set("kms:MultiRegion", request.MultiRegion == true ? "true" : "false")
            .Set("kms:BypassPolicyLockoutSafetyCheck", request.BypassPolicyLockoutSafetyCheck == true ? "true" : "false")
            .Keys,
        RequestTags = request => KmsTags.ToDictionary(request.Tags),
    };

    protected override async Task<CreateKeyResponse> HandleAsync(CreateKeyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (request.KeySpec is not null && request.CustomerMasterKeySpec is not null)
        {
            throw KmsErrors.Validation("You cannot specify KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec is deprecated.");
        }
        var specName = request.KeySpec ?? request.CustomerMasterKeySpec ?? KeySpecs.SymmetricDefault;
        var spec = KeySpecs.Require(specName);
        var usage = request.KeyUsage ?? (spec.Family == KeyFamily.Hmac ? KeySpecs.GenerateVerifyMac : KeySpecs.EncryptDecrypt);
        if (!spec.Usages.Contains(usage))
        {
            throw KmsErrors.Validation($"KeyUsage {usage} is not compatible with KeySpec {specName}");
        }
        var origin = request.Origin ?? KeyOrigins.AwsKms;
        if (request.CustomKeyStoreId is not null)
        {
            throw CustomKeyStores.CustomKeyStoreErrors.NotFound(request.CustomKeyStoreId);
        }
        if (origin is not (KeyOrigins.AwsKms or KeyOrigins.External))
        {
            throw KmsErrors.Validation($"Origin {origin} requires a CustomKeyStoreId.");
        }
        if (request.XksKeyId is not null)
        {
            throw KmsErrors.Validation("XksKeyId requires a CustomKeyStoreId of an external key store.");
        }
        var tags = request.Tags ?? [];
        KmsTags.Validate(tags);
        if (tags.Count > KmsTags.MaxPerKey)
        {
            throw KmsErrors.Tag($"The tag limit of {KmsTags.MaxPerKey} tags per KMS key has been exceeded.");
        }

        var multiRegion = request.MultiRegion == true;
        var keyId = multiRegion ? KeyReference.MultiRegionPrefix + Guid.NewGuid().ToString("N") : Guid.NewGuid().ToString("D");
        var arn = KmsArn.Key(call.Region, call.AccountId, keyId);
        var policy = request.Policy ?? DefaultKeyPolicy.For(call.AccountId);
        await policyCheck.CheckAsync(policy, arn, request.BypassPolicyLockoutSafetyCheck == true, call, cancellationToken);

        IReadOnlyList<KeyMaterialRecord> materials = [];
        if (origin == KeyOrigins.AwsKms)
        {
            var material = KeyMaterialGenerator.Generate(spec);
            try
            {
                materials = [new KeyMaterialVault(secrets).Seal(arn, 1, material)];
            }
            finally
            {
                System.Security.Cryptography.CryptographicOperations.ZeroMemory(material);
            }
        }
        var key = new KeyRecord(
            keyId, arn, call.AccountId, call.Region, call.Time, request.Description ?? "", specName, usage,
            origin == KeyOrigins.External ? KeyState.PendingImport : KeyState.Enabled,
            null, policy, tags, materials, origin,
            MultiRegion: multiRegion ? new MultiRegion.MultiRegionLinks(call.Region, []) : null,
            Import: origin == KeyOrigins.External ? new Import.ImportedMaterial(null) : null);
        await store.PutAsync(KeyDirectory.KeyOf(call.AccountId, call.Region, keyId), KmsJson.Write(key), StoreWrite.Absent, cancellationToken);
        return new CreateKeyResponse(KeyMetadata.Of(key));
    }
}
