using Rampart.Protocol;

namespace Rampart.Kms.Common;

/// <summary>KMS's errors with AWS's codes and wording.</summary>
public static class KmsErrors
{
    public static AwsException NotFound(string message) => new("NotFoundException", message);

    public static AwsException KeyNotFound(string keyArn) => NotFound($"Key '{keyArn}' does not exist");

    public static AwsException AliasNotFound(string aliasArn) => NotFound($"Alias '{aliasArn}' is not found.");

    public static AwsException InvalidKeyId(string keyId) => NotFound($"Invalid keyId '{keyId}'");

    public static AwsException Disabled(string keyArn) => new("DisabledException", $"{keyArn} is disabled.");

    public static AwsException PendingDeletion(string keyArn) => new("KMSInvalidStateException", $"{keyArn} is pending deletion.");

    public static AwsException PendingImport(string keyArn) => new("KMSInvalidStateException", $"{keyArn} is pending import.");

    public static AwsException InvalidState(string message) => new("KMSInvalidStateException", message);

    public static AwsException Validation(string message) => new("ValidationException", message);

    public static AwsException InvalidKeyUsage(string message) => new("InvalidKeyUsageException", message);

    public static AwsException IncorrectKey() =>
        new("IncorrectKeyException", "The key ID in the request does not identify a CMK that can perform this operation.");

    /// <summary>AWS says nothing more about a ciphertext it cannot decrypt, so nothing leaks about why.</summary>
    public static AwsException InvalidCiphertext() => new("InvalidCiphertextException", "");

    public static AwsException MalformedPolicy(string message) => new("MalformedPolicyDocumentException", message);

    public static AwsException Tag(string message) => new("TagException", message);

    public static AwsException AlreadyExists(string message) => new("AlreadyExistsException", message);

    public static AwsException InvalidAlias(string message) => new("InvalidAliasNameException", message);

    public static AwsException InvalidMarker() => new("InvalidMarkerException", "The marker is not valid.");

    public static AwsException Unsupported(string message) => new("UnsupportedOperationException", message);

    public static AwsException InvalidGrantToken() => new("InvalidGrantTokenException", "Invalid grant token.");

    public static AwsException InvalidGrantId(string message) => new("InvalidGrantIdException", message);

    public static AwsException LimitExceeded(string message) => new("LimitExceededException", message);

    public static AwsException CustomKeyStoreNotFound(string message) => new("CustomKeyStoreNotFoundException", message);

    public static AwsException InvalidImportToken() => new("InvalidImportTokenException", "The import token is invalid.");

    public static AwsException ExpiredImportToken() =>
        new("ExpiredImportTokenException", "The import token has expired. Use GetParametersForImport to get a new import token and public key.");

    public static AwsException IncorrectKeyMaterial(string message) => new("IncorrectKeyMaterialException", message);

    public static AwsException KmsInvalidSignature() => new("KMSInvalidSignatureException", "");

    public static AwsException KmsInvalidMac() => new("KMSInvalidMacException", "");
}
