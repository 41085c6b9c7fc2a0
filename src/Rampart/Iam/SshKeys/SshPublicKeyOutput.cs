using System.Text.Json.Serialization;

namespace Rampart.Iam.SshKeys;

/// <summary>The model's SSHPublicKey.</summary>
public sealed record SshPublicKeyOutput(
    string UserName,
    [property: JsonPropertyName("SSHPublicKeyId")] string SshPublicKeyId,
    string Fingerprint,
    [property: JsonPropertyName("SSHPublicKeyBody")] string SshPublicKeyBody,
    string Status,
    DateTimeOffset UploadDate);

/// <summary>The model's SSHPublicKeyMetadata.</summary>
public sealed record SshPublicKeyMetadataOutput(
    string UserName,
    [property: JsonPropertyName("SSHPublicKeyId")] string SshPublicKeyId,
    string Status,
    DateTimeOffset UploadDate);
