namespace Rampart.Signing;

/// <summary>The failures of SigV4 verification with AWS's own wording.</summary>
internal static class SignatureFailures
{
    public const string SignatureMismatchMessage =
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    public const string InvalidTokenMessage = "The security token included in the request is invalid.";

    public static SignatureFailure BothForms { get; } = new(SignatureFailureKind.SignatureDoesNotMatch,
        "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.");

    public static SignatureFailure HostNotSigned { get; } = new(SignatureFailureKind.SignatureDoesNotMatch,
        "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");

    public static SignatureFailure SignatureMismatch { get; } = new(SignatureFailureKind.SignatureDoesNotMatch, SignatureMismatchMessage);

    public static SignatureFailure UnknownAccessKey { get; } = new(SignatureFailureKind.UnknownAccessKey, InvalidTokenMessage);

    public static SignatureFailure InactiveAccessKey { get; } = new(SignatureFailureKind.InactiveAccessKey, InvalidTokenMessage);

    // AWS words the session-token refusal without the final period of the access-key one.
    public static SignatureFailure InvalidSessionToken { get; } =
        new(SignatureFailureKind.InvalidSessionToken, "The security token included in the request is invalid");

    public static SignatureFailure ExpiredToken { get; } =
        new(SignatureFailureKind.ExpiredToken, "The security token included in the request is expired");

    public static SignatureFailure PresignedUrlExpired { get; } = new(SignatureFailureKind.PresignedUrlExpired, "Request has expired.");

    public static SignatureFailure ContentHashMismatch { get; } = new(SignatureFailureKind.ContentHashMismatch,
        "The provided 'x-amz-content-sha256' header does not match what was computed.");

    public static SignatureFailure MalformedContentHash { get; } = new(SignatureFailureKind.ContentHashMismatch,
        "x-amz-content-sha256 must be UNSIGNED-PAYLOAD or a valid sha256 value.");

    public static SignatureFailure MissingEqualSign(ReadOnlySpan<char> component, string header) =>
        new(SignatureFailureKind.IncompleteSignature,
            $"'{component}' not a valid key=value pair (missing equal-sign) in Authorization header: '{header}'.");

    public static SignatureFailure UnsupportedAlgorithm(ReadOnlySpan<char> algorithm) =>
        new(SignatureFailureKind.IncompleteSignature,
            $"Unsupported AWS 'algorithm': '{algorithm}' (only AWS4-HMAC-SHA256 for now). ");

    public static SignatureFailure MalformedCredential(ReadOnlySpan<char> credential) =>
        new(SignatureFailureKind.IncompleteSignature,
            $"Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '{credential}'");

    public static SignatureFailure MalformedDate(string date) =>
        new(SignatureFailureKind.IncompleteSignature,
            $"Date must be in ISO-8601 'basic format'. Got '{date}'. See http://en.wikipedia.org/wiki/ISO_8601");

    public static SignatureFailure InvalidExpires(string expires) =>
        new(SignatureFailureKind.IncompleteSignature, long.TryParse(expires, out var seconds)
            ? seconds > PresignedLimits.MaxExpiresSeconds
                ? "X-Amz-Expires must be less than a week (in seconds) that is 604800"
                : "X-Amz-Expires must be a positive number of seconds"
            : "X-Amz-Expires should be a number");

    public static SignatureFailure SignatureExpired(DateTimeOffset signed, DateTimeOffset now) =>
        new(SignatureFailureKind.ClockSkew,
            $"Signature expired: {AmzDate.FormatBasic(signed)} is now earlier than {AmzDate.FormatBasic(now - ClockSkewLimit.Allowed)} ({AmzDate.FormatBasic(now)} - 15 min.)");

    public static SignatureFailure SignatureNotYetCurrent(DateTimeOffset signed, DateTimeOffset now) =>
        new(SignatureFailureKind.ClockSkew,
            $"Signature not yet current: {AmzDate.FormatBasic(signed)} is still later than {AmzDate.FormatBasic(now + ClockSkewLimit.Allowed)} ({AmzDate.FormatBasic(now)} + 15 min.)");
}
