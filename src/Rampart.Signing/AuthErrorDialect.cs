namespace Rampart.Signing;

/// <summary>The family of AWS wire protocols a caller speaks; it decides which error code and HTTP status
/// AWS uses for the same authentication failure.</summary>
public enum AuthErrorDialect
{
    /// <summary>The Query protocol with XML responses (IAM, STS): <c>SignatureDoesNotMatch</c>, <c>InvalidClientTokenId</c>, ...</summary>
    Query,

    /// <summary>JSON 1.0 and 1.1 (KMS, Organizations, WAFv2, ...): <c>InvalidSignatureException</c>,
    /// <c>UnrecognizedClientException</c>, ..., answered with HTTP 400.</summary>
    Json,

    /// <summary>REST-JSON (GuardDuty, Security Hub, ...): the JSON codes, answered with HTTP 403.</summary>
    RestJson,
}
