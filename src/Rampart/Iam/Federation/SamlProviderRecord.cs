using Rampart.Iam.Common;

namespace Rampart.Iam.Federation;

/// <summary>A SAML identity provider as stored, with its metadata parsed once at create or update.</summary>
/// <param name="PrivateKeys">Keys for decrypting encrypted assertions, each sealed under the master key.</param>
public sealed record SamlProviderRecord(
    string AccountId,
    string Name,
    string Uuid,
    string MetadataDocument,
    SamlMetadata Metadata,
    DateTimeOffset CreateDate,
    string? AssertionEncryptionMode,
    IReadOnlyList<SamlPrivateKeyRecord> PrivateKeys,
    IReadOnlyList<IamTag> Tags)
{
    /// <summary>IAM's quota of private keys per SAML provider.</summary>
    public const int MaxPrivateKeys = 2;

    public string Arn => ProviderArn.Of(AccountId, ProviderArn.SamlType, Name);
}

/// <summary>A private key of a SAML provider: its ID as GetSAMLProvider lists it, and the PEM text sealed.</summary>
public sealed record SamlPrivateKeyRecord(string KeyId, DateTimeOffset Timestamp, string SealedPem);
