using System.Text;
using Rampart.Signing.Tests.Support;

namespace Rampart.Signing.Tests;

/// <summary>Requests signed by botocore's SigV4Auth and SigV4QueryAuth verify, and say who signed them.</summary>
public sealed class BotocoreSignedRequestTests
{
    private readonly SigV4Verifier _verifier = TestKeys.VerifierAt(TestKeys.SigningTime);

    [Fact]
    public async Task Header_signed_post_with_a_long_term_key_verifies()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.GetCallerIdentity);

        var signature = await _verifier.VerifyAsync(request, CancellationToken.None);

        Assert.Equal(SignatureForm.AuthorizationHeader, signature.Form);
        Assert.False(signature.IsAnonymous);
        Assert.Same(TestKeys.LongTerm, signature.Credential);
        Assert.Equal("user/alice", signature.Principal);
        Assert.Equal("us-east-1", signature.Region);
        Assert.Equal("sts", signature.Service);
        Assert.Equal(TestKeys.SigningTime, signature.SigningTime);
        Assert.Null(signature.SessionToken);
        Assert.True(signature.PayloadSigned);
    }

    [Fact]
    public async Task Header_signed_post_with_a_temporary_credential_returns_its_session_token()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.TemporaryGetCallerIdentity);

        var signature = await _verifier.VerifyAsync(request, CancellationToken.None);

        Assert.Same(TestKeys.Temporary, signature.Credential);
        Assert.Equal(TestKeys.SessionToken, signature.SessionToken);
    }

    [Fact]
    public async Task Json_protocol_post_verifies_with_its_region_and_service()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.KmsListKeys);

        var signature = await _verifier.VerifyAsync(request, new SignatureExpectation("kms", null, AuthErrorDialect.Json), CancellationToken.None);

        Assert.Equal("eu-west-1", signature.Region);
        Assert.Equal("kms", signature.Service);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Paths_and_queries_with_characters_that_need_encoding_verify_in_the_header_form(string method)
    {
        var request = BotocoreSigner.Sign(new SigningSpec
        {
            Method = method,
            Service = "guardduty",
            Region = "ap-southeast-2",
            PathSegments = ["detector", "a b", "c/d", "ü", "%41", "~tilde", "x+y", "semi;colon", "."],
            QueryPairs =
            [
                ["maxResults", "50"], ["name with space", "value/with/slash"], ["b", "2"], ["a", "1"], ["a", "0"],
                ["emoji", "😀"], ["plus", "1+1"], ["empty", ""], ["equals", "a=b&c"], ["Tilde~", "~"],
            ],
            Body = method is "GET" or "DELETE" ? [] : Encoding.UTF8.GetBytes("{\"Name\":\"ütf-8 body\"}"),
            Headers = [["Content-Type", "application/json"], ["X-Custom-Spaces", "  several   spaces\tand tab  "]],
        });

        var signature = await _verifier.VerifyAsync(request, CancellationToken.None);

        Assert.Equal("guardduty", signature.Service);
    }

    [Fact]
    public async Task Dot_segments_and_repeated_slashes_are_normalized_before_verifying()
    {
        var request = BotocoreSigner.Sign(new SigningSpec
        {
            Url = "http://127.0.0.1:4580/a/./b/../c//d/",
            Service = "securityhub",
        });

        var signature = await _verifier.VerifyAsync(request, CancellationToken.None);

        Assert.Equal("/a/./b/../c//d/", request.Path);
        Assert.Equal("securityhub", signature.Service);
    }

    [Fact]
    public async Task S3_paths_are_signed_as_sent_without_normalizing_or_double_encoding()
    {
        var request = BotocoreSigner.Sign(new SigningSpec
        {
            Method = "PUT",
            Url = "http://127.0.0.1:4580/bucket/a/../key%20with%2Fslash",
            Service = "s3",
            S3Signer = true,
            Body = "object body"u8.ToArray(),
        });

        var signature = await _verifier.VerifyAsync(request, CancellationToken.None);

        Assert.Equal("s3", signature.Service);
        Assert.True(signature.PayloadSigned);
    }

    [Fact]
    public async Task S3_presigned_urls_sign_an_unsigned_payload()
    {
        var request = BotocoreSigner.Sign(new SigningSpec
        {
            Url = "http://127.0.0.1:4580/bucket/key",
            Service = "s3",
            S3Signer = true,
            PresignExpires = 60,
        });

        var signature = await _verifier.VerifyAsync(request, CancellationToken.None);

        Assert.False(signature.PayloadSigned);
    }

    [Fact]
    public async Task Repeated_headers_are_joined_with_commas_in_the_order_received()
    {
        var signed = BotocoreSigner.Sign(SigningSpecs.GetCallerIdentity with
        {
            Headers = [.. SigningSpecs.GetCallerIdentity.Headers, ["X-Multi", "first,second   value"]],
        });
        var split = signed.WithoutHeader("X-Multi") with
        {
            Headers = [.. signed.WithoutHeader("X-Multi").Headers, new("X-Multi", "first"), new("x-multi", "  second   value ")],
        };

        var signature = await _verifier.VerifyAsync(split, CancellationToken.None);

        Assert.Same(TestKeys.LongTerm, signature.Credential);
    }

    [Fact]
    public async Task Presigned_url_verifies()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.PresignedGetCallerIdentity);

        var signature = await _verifier.VerifyAsync(request, CancellationToken.None);

        Assert.Equal(SignatureForm.QueryString, signature.Form);
        Assert.Same(TestKeys.LongTerm, signature.Credential);
        Assert.Equal("sts", signature.Service);
        Assert.True(signature.PayloadSigned);
    }

    [Fact]
    public async Task Presigned_url_with_a_session_token_verifies()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.PresignedGetCallerIdentity with
        {
            AccessKeyId = TestKeys.TemporaryAccessKeyId,
            Secret = TestKeys.TemporarySecret,
            Token = TestKeys.SessionToken,
        });

        var signature = await _verifier.VerifyAsync(request, CancellationToken.None);

        Assert.Same(TestKeys.Temporary, signature.Credential);
        Assert.Equal(TestKeys.SessionToken, signature.SessionToken);
    }

    [Fact]
    public async Task Presigned_url_with_characters_that_need_encoding_verifies()
    {
        var request = BotocoreSigner.Sign(new SigningSpec
        {
            Service = "execute-api",
            PathSegments = ["stage", "a b", "ü"],
            QueryPairs = [["filter", "x y/z"], ["plus", "1+2"], ["emoji", "😀"]],
            PresignExpires = 3600,
        });

        var signature = await _verifier.VerifyAsync(request, CancellationToken.None);

        Assert.Equal(SignatureForm.QueryString, signature.Form);
    }

    [Fact]
    public async Task Presigned_url_is_accepted_until_its_expiry()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.PresignedGetCallerIdentity with { PresignExpires = 604800 });
        var verifier = TestKeys.VerifierAt(TestKeys.SigningTime.AddSeconds(604800));

        var signature = await verifier.VerifyAsync(request, CancellationToken.None);

        Assert.Equal(SignatureForm.QueryString, signature.Form);
    }

    [Fact]
    public async Task Unsigned_payload_verifies_and_says_the_body_is_not_covered()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.GetCallerIdentity with
        {
            Headers = [.. SigningSpecs.GetCallerIdentity.Headers, ["X-Amz-Content-SHA256", "UNSIGNED-PAYLOAD"]],
        });

        var signature = await _verifier.VerifyAsync(request.WithBody("Action=Anything"u8.ToArray()), CancellationToken.None);

        Assert.False(signature.PayloadSigned);
    }

    [Fact]
    public async Task A_declared_content_hash_that_matches_the_body_verifies()
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(SigningSpecs.GetCallerIdentityBody));
        var request = BotocoreSigner.Sign(SigningSpecs.GetCallerIdentity with
        {
            Headers = [.. SigningSpecs.GetCallerIdentity.Headers, ["X-Amz-Content-SHA256", hash]],
        });

        var signature = await _verifier.VerifyAsync(request, CancellationToken.None);

        Assert.True(signature.PayloadSigned);
    }

    [Fact]
    public async Task Date_header_stands_in_for_x_amz_date()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.GetCallerIdentity with
        {
            Headers = [.. SigningSpecs.GetCallerIdentity.Headers, ["Date", "Tue, 05 Mar 2024 10:20:30 GMT"]],
        });

        var signature = await _verifier.VerifyAsync(request, CancellationToken.None);

        Assert.Null(request.Header("X-Amz-Date"));
        Assert.Equal(TestKeys.SigningTime, signature.SigningTime);
    }
}
