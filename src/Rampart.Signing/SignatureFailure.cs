using Rampart.Protocol;

namespace Rampart.Signing;

/// <summary>A refused signature, independent of protocol; <see cref="ToServiceError"/> gives the error AWS sends
/// for it in the caller's protocol.</summary>
public sealed record SignatureFailure(SignatureFailureKind Kind, string Message)
{
    /// <summary>The failure for a request that carries no signature where one is required.</summary>
    public static SignatureFailure MissingAuthenticationToken { get; } =
        new(SignatureFailureKind.MissingAuthenticationToken, "Request is missing Authentication Token");

    /// <summary>The failure for a valid signature by credentials of a closed account: AWS no longer recognizes
    /// them, as it does not recognize an inactive access key.</summary>
    public static SignatureFailure ClosedAccount { get; } =
        new(SignatureFailureKind.InactiveAccessKey, SignatureFailures.InvalidTokenMessage);

    public ServiceError ToServiceError(AuthErrorDialect dialect)
    {
        // JSON services answer authentication failures with 400, REST-JSON ones with 403.
        var jsonStatus = dialect == AuthErrorDialect.RestJson ? 403 : 400;
        var query = dialect == AuthErrorDialect.Query;
        return Kind switch
        {
            SignatureFailureKind.MissingAuthenticationToken => query
                ? new ServiceError("MissingAuthenticationToken", Message, 403)
                : new ServiceError("MissingAuthenticationTokenException", Message, jsonStatus),
            SignatureFailureKind.IncompleteSignature => query
                ? new ServiceError("IncompleteSignature", Message, 400)
                : new ServiceError("IncompleteSignatureException", Message, jsonStatus),
            SignatureFailureKind.SignatureDoesNotMatch or SignatureFailureKind.ClockSkew => query
                ? new ServiceError("SignatureDoesNotMatch", Message, 403)
                : new ServiceError("InvalidSignatureException", Message, jsonStatus),
            SignatureFailureKind.UnknownAccessKey or SignatureFailureKind.InactiveAccessKey
                or SignatureFailureKind.InvalidSessionToken => query
                ? new ServiceError("InvalidClientTokenId", Message, 403)
                : new ServiceError("UnrecognizedClientException", Message, jsonStatus),
            SignatureFailureKind.ExpiredToken => query
                ? new ServiceError("ExpiredToken", Message, 403)
                : new ServiceError("ExpiredTokenException", Message, jsonStatus),
            SignatureFailureKind.PresignedUrlExpired => new ServiceError("RequestExpired", Message, 400),
            SignatureFailureKind.ContentHashMismatch => new ServiceError("XAmzContentSHA256Mismatch", Message, 400),
            _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Unknown signature failure kind."),
        };
    }

    public AwsException ToException(AuthErrorDialect dialect) => new(ToServiceError(dialect));
}
