namespace Rampart.Signing;

/// <summary>Why a request's signature was refused. Several kinds share one AWS error code; the host can still
/// tell them apart, e.g. to let an unknown access key through in open mode.</summary>
public enum SignatureFailureKind
{
    /// <summary>An Authorization header of a scheme other than AWS4, or none where a signature is required.</summary>
    MissingAuthenticationToken,

    /// <summary>Required signature parts are absent or malformed.</summary>
    IncompleteSignature,

    /// <summary>The signature, the credential scope or the set of signed headers is wrong.</summary>
    SignatureDoesNotMatch,

    /// <summary>The signing time is more than 15 minutes away from the server's clock.</summary>
    ClockSkew,

    /// <summary>A presigned URL used after X-Amz-Date plus X-Amz-Expires.</summary>
    PresignedUrlExpired,

    /// <summary>No credential has the access key ID of the scope.</summary>
    UnknownAccessKey,

    /// <summary>The access key exists but is deactivated.</summary>
    InactiveAccessKey,

    /// <summary>The session token is missing, wrong, or sent with a long-term key.</summary>
    InvalidSessionToken,

    /// <summary>The temporary credential has passed its expiration.</summary>
    ExpiredToken,

    /// <summary>The x-amz-content-sha256 value is malformed or is not the SHA-256 of the body.</summary>
    ContentHashMismatch,
}
