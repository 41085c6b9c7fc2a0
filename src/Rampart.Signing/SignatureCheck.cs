using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Rampart.Protocol;

namespace Rampart.Signing;

/// <summary>The cryptographic half of verification, run once the credential is known: payload hash, canonical
/// request, signature, session token and expiry.</summary>
internal static class SignatureCheck
{
    private const int SignatureHexLength = 2 * HMACSHA256.HashSizeInBytes;

    public static SignatureVerification Complete(WireRequest request, in SignatureClaim claim, SigningCredential? credential,
        DateTimeOffset now, SigningKeyCache keys)
    {
        if (credential is null)
        {
            return SignatureVerification.Refused(SignatureFailures.UnknownAccessKey);
        }
        if (!credential.IsActive)
        {
            return SignatureVerification.Refused(SignatureFailures.InactiveAccessKey);
        }

        var s3Style = ServiceSigningRules.IsS3Style(claim.Scope.Service);
        Span<char> bodyHash = stackalloc char[PayloadHash.HexLength];
        scoped ReadOnlySpan<char> payloadHash;
        var payloadSigned = true;
        var declared = claim.DeclaredContentHash;
        if (declared == PayloadHash.UnsignedPayload || (declared is null && s3Style && claim.Form == SignatureForm.QueryString))
        {
            payloadHash = PayloadHash.UnsignedPayload;
            payloadSigned = false;
        }
        else
        {
            PayloadHash.ComputeHex(request.Body.Span, bodyHash);
            if (declared is null)
            {
                payloadHash = bodyHash;
            }
            else if (!PayloadHash.IsHex(declared))
            {
                return SignatureVerification.Refused(SignatureFailures.MalformedContentHash);
            }
            else if (!declared.AsSpan().Equals(bodyHash, StringComparison.OrdinalIgnoreCase))
            {
                return SignatureVerification.Refused(SignatureFailures.ContentHashMismatch);
            }
            else
            {
                payloadHash = declared;
            }
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var buffer = new CanonicalBuffer(1024);
        try
        {
            CanonicalRequest.Append(ref buffer, request, claim, s3Style, payloadHash);
            Span<byte> canonicalHash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.Written, canonicalHash);
            buffer.Clear();
            StringToSign.Append(ref buffer, claim, canonicalHash);
            var signingKey = keys.Get(credential.SecretAccessKey, claim.Scope.Date, claim.Scope.Region, claim.Scope.Service);
            SigningMac.Compute(signingKey, buffer.Written, expected);
        }
        finally
        {
            buffer.Dispose();
        }

        Span<byte> provided = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (!TryDecodeSignature(claim.Signature.Span, provided) || !CryptographicOperations.FixedTimeEquals(expected, provided))
        {
            return SignatureVerification.Refused(SignatureFailures.SignatureMismatch);
        }
        if (!SessionTokenMatches(credential.SessionToken, claim.SessionToken))
        {
            return SignatureVerification.Refused(SignatureFailures.InvalidSessionToken);
        }
        if (credential.Expiration is { } expiration && expiration <= now)
        {
            return SignatureVerification.Refused(SignatureFailures.ExpiredToken);
        }
        return SignatureVerification.Success(new VerifiedSignature
        {
            Form = claim.Form,
            Credential = credential,
            Region = claim.Scope.Region,
            Service = claim.Scope.Service,
            SigningTime = claim.SigningTime,
            SessionToken = claim.SessionToken,
            PayloadSigned = payloadSigned,
        });
    }

    private static bool TryDecodeSignature(ReadOnlySpan<char> hex, Span<byte> signature) =>
        hex.Length == SignatureHexLength
        && Convert.FromHexString(hex, signature, out _, out var written) == System.Buffers.OperationStatus.Done
        && written == signature.Length;

    /// <summary>A temporary credential needs its own token; a long-term key must come without one.</summary>
    private static bool SessionTokenMatches(string? expected, string? presented)
    {
        if (expected is null || presented is null)
        {
            return expected is null && presented is null;
        }
        return CryptographicOperations.FixedTimeEquals(
            MemoryMarshal.AsBytes(expected.AsSpan()),
            MemoryMarshal.AsBytes(presented.AsSpan()));
    }
}
