using Rampart.Protocol;
using Rampart.Signing.Tests.Support;

namespace Rampart.Signing.Tests;

/// <summary>The worked example of AWS's SigV4 documentation (IAM ListUsers, 2015-08-30), byte for byte.</summary>
public sealed class ReferenceVectorTests
{
    private static readonly DateTimeOffset ExampleTime = new(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);

    private static readonly SigningCredential ExampleKey = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "example");

    private static WireRequest ListUsers(string signature) => new(
        "GET",
        "/",
        "Action=ListUsers&Version=2010-05-08",
        [
            new("Host", "iam.amazonaws.com"),
            new("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
            new("X-Amz-Date", "20150830T123600Z"),
            new("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, " +
                "SignedHeaders=content-type;host;x-amz-date, Signature=" + signature),
        ],
        ReadOnlyMemory<byte>.Empty);

    [Fact]
    public async Task Documented_example_verifies()
    {
        var verifier = new SigV4Verifier(new InMemoryCredentials(ExampleKey), new FixedClock(ExampleTime));

        var signature = await verifier.VerifyAsync(ListUsers("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"),
            new SignatureExpectation("iam", "us-east-1"), CancellationToken.None);

        Assert.Equal("example", signature.Principal);
    }

    [Fact]
    public async Task Documented_example_with_one_signature_digit_changed_fails()
    {
        var verifier = new SigV4Verifier(new InMemoryCredentials(ExampleKey), new FixedClock(ExampleTime));

        var failure = await verifier.RefusalAsync(ListUsers("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d8"));

        Assert.Equal(SignatureFailureKind.SignatureDoesNotMatch, failure.Kind);
    }
}
