namespace Rampart.Iam.ServiceCredentials;

/// <summary>The model's ServiceSpecificCredential: the metadata plus the secret, returned once.</summary>
public sealed record ServiceSpecificCredentialOutput(
    DateTimeOffset CreateDate,
    DateTimeOffset? ExpirationDate,
    string ServiceName,
    string? ServiceUserName,
    string? ServicePassword,
    string? ServiceCredentialAlias,
    string? ServiceCredentialSecret,
    string ServiceSpecificCredentialId,
    string UserName,
    string Status);

/// <summary>The model's ServiceSpecificCredentialMetadata.</summary>
public sealed record ServiceSpecificCredentialMetadataOutput(
    string UserName,
    string Status,
    string? ServiceUserName,
    string? ServiceCredentialAlias,
    DateTimeOffset CreateDate,
    DateTimeOffset? ExpirationDate,
    string ServiceSpecificCredentialId,
    string ServiceName)
{
    public static ServiceSpecificCredentialMetadataOutput Of(ServiceCredentialRecord record, string userName, DateTimeOffset now) => new(
        userName, record.StatusAt(now), record.ServiceUserName, record.ServiceCredentialAlias, record.CreateDate, record.ExpirationDate,
        record.ServiceSpecificCredentialId, record.ServiceName);
}
