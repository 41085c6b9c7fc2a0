using Rampart.Protocol;

namespace Rampart.Signing;

/// <summary>Verifies AWS Signature Version 4 on requests, in the Authorization-header and presigned-URL forms,
/// and tells who signed them.</summary>
public sealed class SigV4Verifier(ISigningCredentialSource credentials, TimeProvider clock)
{
    private const int SigningKeyCacheCapacity = 4096;

    private readonly SigningKeyCache _signingKeys = new(SigningKeyCacheCapacity);

    /// <summary>Who signed the request, or <see cref="VerifiedSignature.Anonymous"/> when it carries no signature;
    /// throws <see cref="AwsException"/> with the Query-protocol error when the signature is refused.</summary>
    public ValueTask<VerifiedSignature> VerifyAsync(WireRequest request, CancellationToken ct) =>
        VerifyAsync(request, SignatureExpectation.Any, ct);

    /// <summary>As <see cref="VerifyAsync(WireRequest, CancellationToken)"/>, also requiring the scope the host
    /// routed the request to, and refusing with the error codes of <see cref="SignatureExpectation.Dialect"/>.</summary>
    public async ValueTask<VerifiedSignature> VerifyAsync(WireRequest request, SignatureExpectation expectation, CancellationToken ct)
    {
        var verification = await TryVerifyAsync(request, expectation, ct).ConfigureAwait(false);
        return verification.Succeeded ? verification.Signature : throw verification.Failure.ToException(expectation.Dialect);
    }

    /// <summary>As <see cref="VerifyAsync(WireRequest, SignatureExpectation, CancellationToken)"/> without throwing:
    /// the failure says why, so the host can e.g. let an unknown access key act as root in open mode.</summary>
    public async ValueTask<SignatureVerification> TryVerifyAsync(WireRequest request, SignatureExpectation expectation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(expectation);
        var now = clock.GetUtcNow();
        var failure = SignatureClaimReader.Read(request, expectation, now, out var claim);
        if (failure is not null)
        {
            return SignatureVerification.Refused(failure);
        }
        if (claim.Form == SignatureForm.None)
        {
            return SignatureVerification.Success(VerifiedSignature.Anonymous);
        }
        var credential = await credentials.FindAsync(claim.Scope.AccessKeyId, ct).ConfigureAwait(false);
        return SignatureCheck.Complete(request, claim, credential, now, _signingKeys);
    }
}
