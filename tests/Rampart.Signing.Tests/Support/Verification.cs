using Rampart.Protocol;

namespace Rampart.Signing.Tests.Support;

/// <summary>Shortcuts for asserting how a verifier refuses a request.</summary>
public static class Verification
{
    public static async Task<SignatureFailure> RefusalAsync(this SigV4Verifier verifier, WireRequest request, SignatureExpectation? expectation = null)
    {
        var verification = await verifier.TryVerifyAsync(request, expectation ?? SignatureExpectation.Any, CancellationToken.None);
        Assert.False(verification.Succeeded, "The verifier accepted a request it should refuse.");
        return verification.Failure;
    }

    public static async Task<ServiceError> ThrownAsync(this SigV4Verifier verifier, WireRequest request, SignatureExpectation? expectation = null)
    {
        var thrown = await Assert.ThrowsAsync<AwsException>(
            async () => await verifier.VerifyAsync(request, expectation ?? SignatureExpectation.Any, CancellationToken.None));
        return thrown.Error;
    }
}
