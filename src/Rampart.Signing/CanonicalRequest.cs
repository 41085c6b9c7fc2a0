using Rampart.Protocol;

namespace Rampart.Signing;

/// <summary>The SigV4 canonical request: method, canonical URI, canonical query string, canonical headers,
/// signed headers and payload hash, one per line.</summary>
internal static class CanonicalRequest
{
    public static void Append(ref CanonicalBuffer output, WireRequest request, in SignatureClaim claim, bool s3Style, scoped ReadOnlySpan<char> payloadHash)
    {
        output.AppendUppercase(request.Method);
        output.Append((byte)'\n');
        CanonicalUri.Append(ref output, request.Path, signsPathVerbatim: s3Style);
        output.Append((byte)'\n');
        CanonicalQuery.Append(ref output, request.QueryString, excludeSignature: claim.Form == SignatureForm.QueryString);
        output.Append((byte)'\n');
        var signedHeaders = claim.SignedHeaders.Span;
        CanonicalHeaders.Append(ref output, request.Headers, signedHeaders);
        output.Append((byte)'\n');
        output.AppendLowercase(signedHeaders);
        output.Append((byte)'\n');
        output.Append(payloadHash);
    }
}
