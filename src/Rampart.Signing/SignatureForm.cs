namespace Rampart.Signing;

/// <summary>Where a request carries its SigV4 signature.</summary>
public enum SignatureForm
{
    /// <summary>No signature at all: an anonymous request.</summary>
    None,

    /// <summary><c>Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...</c></summary>
    AuthorizationHeader,

    /// <summary>A presigned URL: <c>X-Amz-Algorithm</c>, <c>X-Amz-Credential</c>, ... in the query string.</summary>
    QueryString,
}
