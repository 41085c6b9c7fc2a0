using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Rampart.Signing.Tests.Support;

namespace Rampart.Signing.Tests;

/// <summary>Requests signed by the AWS SDK for .NET's own SigV4 signer, captured off the wire, verify.</summary>
public sealed class AwsSdkSignedRequestTests
{
    private const string GetCallerIdentityResponse =
        "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>" +
        "<Arn>arn:aws:iam::123456789012:user/alice</Arn><UserId>AIDARAMPARTTEST00001</UserId><Account>123456789012</Account>" +
        "</GetCallerIdentityResult><ResponseMetadata><RequestId>00000000-0000-0000-0000-000000000000</RequestId></ResponseMetadata>" +
        "</GetCallerIdentityResponse>";

    // The SDK signs with the machine's clock, so the verifier checks against it too.
    private readonly SigV4Verifier _verifier = new(TestKeys.All, TimeProvider.System);

    [Fact]
    public async Task Get_caller_identity_signed_with_a_long_term_key_verifies()
    {
        var request = await CaptureGetCallerIdentityAsync(new BasicAWSCredentials(TestKeys.AccessKeyId, TestKeys.Secret), "eu-central-1");

        var signature = await _verifier.VerifyAsync(request, new SignatureExpectation("sts"), CancellationToken.None);

        Assert.Same(TestKeys.LongTerm, signature.Credential);
        Assert.Equal("eu-central-1", signature.Region);
        Assert.Equal("sts", signature.Service);
        Assert.Equal(SignatureForm.AuthorizationHeader, signature.Form);
    }

    [Fact]
    public async Task Get_caller_identity_signed_with_a_session_credential_verifies()
    {
        var expiresLater = TestKeys.Temporary with { Expiration = DateTimeOffset.UtcNow.AddHours(1) };
        var verifier = new SigV4Verifier(new InMemoryCredentials(expiresLater), TimeProvider.System);
        var credentials = new SessionAWSCredentials(TestKeys.TemporaryAccessKeyId, TestKeys.TemporarySecret, TestKeys.SessionToken);
        var request = await CaptureGetCallerIdentityAsync(credentials, "us-east-1");

        var signature = await verifier.VerifyAsync(request, CancellationToken.None);

        Assert.Same(expiresLater, signature.Credential);
        Assert.Equal(TestKeys.SessionToken, signature.SessionToken);
    }

    [Fact]
    public async Task Get_caller_identity_signed_with_a_wrong_secret_does_not_match()
    {
        var request = await CaptureGetCallerIdentityAsync(new BasicAWSCredentials(TestKeys.AccessKeyId, "wrong-secret"), "us-east-1");

        var failure = await _verifier.RefusalAsync(request);

        Assert.Equal(SignatureFailureKind.SignatureDoesNotMatch, failure.Kind);
    }

    [Fact]
    public async Task Body_changed_after_the_sdk_declared_its_hash_is_a_content_hash_mismatch()
    {
        var request = await CaptureGetCallerIdentityAsync(new BasicAWSCredentials(TestKeys.AccessKeyId, TestKeys.Secret), "us-east-1");

        var failure = await _verifier.RefusalAsync(request.WithBody("Action=GetCallerIdentity&Version=2011-06-16"u8.ToArray()));

        Assert.NotNull(request.Header("X-Amz-Content-SHA256"));
        Assert.Equal(SignatureFailureKind.ContentHashMismatch, failure.Kind);
    }

    private static async Task<Rampart.Protocol.WireRequest> CaptureGetCallerIdentityAsync(AWSCredentials credentials, string region)
    {
        using var endpoint = new CapturingEndpoint("text/xml", GetCallerIdentityResponse);
        var config = new AmazonSecurityTokenServiceConfig
        {
            ServiceURL = endpoint.Url,
            AuthenticationRegion = region,
            MaxErrorRetry = 0,
        };
        using var client = new AmazonSecurityTokenServiceClient(credentials, config);
        GetCallerIdentityResponse? response = null;
        var request = await endpoint.CaptureAsync(async () => response = await client.GetCallerIdentityAsync(new GetCallerIdentityRequest()));
        Assert.Equal("123456789012", response?.Account);
        return request;
    }
}
