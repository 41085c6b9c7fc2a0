using System.Text;
using Rampart.Protocol;
using Rampart.Signing.Tests.Support;

namespace Rampart.Signing.Tests;

/// <summary>Every way a signature can be wrong gets the error AWS returns for it.</summary>
public sealed class FailureModeTests
{
    private const string MismatchMessage =
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    private readonly SigV4Verifier _verifier = TestKeys.VerifierAt(TestKeys.SigningTime);

    private static WireRequest SignedGetCallerIdentity { get; } = BotocoreSigner.Sign(SigningSpecs.GetCallerIdentity);

    private static WireRequest PresignedGetCallerIdentity { get; } = BotocoreSigner.Sign(SigningSpecs.PresignedGetCallerIdentity);

    [Fact]
    public async Task Wrong_secret_is_signature_does_not_match()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.GetCallerIdentity with { Secret = "not-the-secret" });

        var error = await _verifier.ThrownAsync(request);

        Assert.Equal(new ServiceError("SignatureDoesNotMatch", MismatchMessage, 403), error);
    }

    [Fact]
    public async Task Tampered_body_is_refused()
    {
        var tampered = SignedGetCallerIdentity.WithBody(Encoding.UTF8.GetBytes("Action=GetCallerIdentity&Version=2011-06-16"));

        var failure = await _verifier.RefusalAsync(tampered);

        Assert.Equal(new SignatureFailure(SignatureFailureKind.SignatureDoesNotMatch, MismatchMessage), failure);
    }

    [Fact]
    public async Task Tampered_signed_header_is_refused()
    {
        var tampered = SignedGetCallerIdentity.WithHeader("Content-Type", "application/json");

        Assert.Equal(SignatureFailureKind.SignatureDoesNotMatch, (await _verifier.RefusalAsync(tampered)).Kind);
    }

    [Fact]
    public async Task Tampered_query_is_refused_in_the_header_form()
    {
        var tampered = SignedGetCallerIdentity with { QueryString = "Action=DeleteUser" };

        Assert.Equal(SignatureFailureKind.SignatureDoesNotMatch, (await _verifier.RefusalAsync(tampered)).Kind);
    }

    [Fact]
    public async Task Tampered_query_is_refused_in_the_presigned_form()
    {
        var tampered = PresignedGetCallerIdentity.WithQueryParameter("Action", "GetSessionToken");

        Assert.Equal(SignatureFailureKind.SignatureDoesNotMatch, (await _verifier.RefusalAsync(tampered)).Kind);
    }

    [Fact]
    public async Task Tampered_path_is_refused()
    {
        var tampered = SignedGetCallerIdentity with { Path = "/admin" };

        Assert.Equal(SignatureFailureKind.SignatureDoesNotMatch, (await _verifier.RefusalAsync(tampered)).Kind);
    }

    [Fact]
    public async Task Unsigned_header_can_change_without_breaking_the_signature()
    {
        var request = SignedGetCallerIdentity.WithHeader("User-Agent", "changed in transit");

        var signature = await _verifier.VerifyAsync(request, CancellationToken.None);

        Assert.Same(TestKeys.LongTerm, signature.Credential);
    }

    [Fact]
    public async Task Unknown_access_key_is_an_invalid_client_token()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.GetCallerIdentity with { AccessKeyId = "AKIAUNKNOWN000000000" });

        var failure = await _verifier.RefusalAsync(request);

        Assert.Equal(SignatureFailureKind.UnknownAccessKey, failure.Kind);
        Assert.Equal(new ServiceError("InvalidClientTokenId", "The security token included in the request is invalid.", 403),
            failure.ToServiceError(AuthErrorDialect.Query));
    }

    [Fact]
    public async Task Inactive_access_key_is_an_invalid_client_token()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.GetCallerIdentity with
        {
            AccessKeyId = TestKeys.InactiveAccessKeyId,
            Secret = TestKeys.InactiveSecret,
        });

        var failure = await _verifier.RefusalAsync(request);

        Assert.Equal(SignatureFailureKind.InactiveAccessKey, failure.Kind);
        Assert.Equal("InvalidClientTokenId", failure.ToServiceError(AuthErrorDialect.Query).Code);
    }

    [Fact]
    public async Task Signature_older_than_15_minutes_has_expired()
    {
        var verifier = TestKeys.VerifierAt(TestKeys.SigningTime.AddMinutes(16));

        var error = await verifier.ThrownAsync(SignedGetCallerIdentity);

        Assert.Equal(new ServiceError("SignatureDoesNotMatch",
            "Signature expired: 20240305T102030Z is now earlier than 20240305T102130Z (20240305T103630Z - 15 min.)", 403), error);
    }

    [Fact]
    public async Task Signature_more_than_15_minutes_ahead_is_not_yet_current()
    {
        var verifier = TestKeys.VerifierAt(TestKeys.SigningTime.AddMinutes(-16));

        var failure = await verifier.RefusalAsync(SignedGetCallerIdentity);

        Assert.Equal(SignatureFailureKind.ClockSkew, failure.Kind);
        Assert.Equal("Signature not yet current: 20240305T102030Z is still later than 20240305T101930Z (20240305T100430Z + 15 min.)",
            failure.Message);
    }

    [Theory]
    [InlineData(14)]
    [InlineData(-14)]
    [InlineData(15)]
    [InlineData(-15)]
    public async Task Clock_skew_within_15_minutes_is_accepted(int minutes)
    {
        var verifier = TestKeys.VerifierAt(TestKeys.SigningTime.AddMinutes(minutes));

        var signature = await verifier.VerifyAsync(SignedGetCallerIdentity, CancellationToken.None);

        Assert.Same(TestKeys.LongTerm, signature.Credential);
    }

    [Fact]
    public async Task Clock_skew_is_invalid_signature_for_json_services()
    {
        var verifier = TestKeys.VerifierAt(TestKeys.SigningTime.AddMinutes(16));

        var error = await verifier.ThrownAsync(BotocoreSigner.Sign(SigningSpecs.KmsListKeys), new SignatureExpectation("kms", null, AuthErrorDialect.Json));

        Assert.Equal("InvalidSignatureException", error.Code);
        Assert.Equal(400, error.StatusCode);
        Assert.StartsWith("Signature expired: 20240305T102030Z is now earlier than", error.Message);
    }

    [Fact]
    public async Task Presigned_url_used_after_its_expiry_has_expired()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.PresignedGetCallerIdentity with { PresignExpires = 60 });
        var verifier = TestKeys.VerifierAt(TestKeys.SigningTime.AddSeconds(61));

        var error = await verifier.ThrownAsync(request);

        Assert.Equal(new ServiceError("RequestExpired", "Request has expired.", 400), error);
    }

    [Fact]
    public async Task Presigned_url_signed_more_than_15_minutes_ahead_is_not_yet_current()
    {
        var verifier = TestKeys.VerifierAt(TestKeys.SigningTime.AddMinutes(-16));

        var failure = await verifier.RefusalAsync(PresignedGetCallerIdentity);

        Assert.Equal(SignatureFailureKind.ClockSkew, failure.Kind);
    }

    [Theory]
    [InlineData("0", "X-Amz-Expires must be a positive number of seconds")]
    [InlineData("-5", "X-Amz-Expires must be a positive number of seconds")]
    [InlineData("604801", "X-Amz-Expires must be less than a week (in seconds) that is 604800")]
    [InlineData("soon", "X-Amz-Expires should be a number")]
    public async Task X_amz_expires_out_of_range_is_an_incomplete_signature(string expires, string message)
    {
        var request = PresignedGetCallerIdentity.WithQueryParameter("X-Amz-Expires", expires);

        var error = await _verifier.ThrownAsync(request);

        Assert.Equal(new ServiceError("IncompleteSignature", message, 400), error);
    }

    [Fact]
    public async Task Authorization_header_without_signature_and_signed_headers_lists_what_is_missing()
    {
        const string authorization = "AWS4-HMAC-SHA256 Credential=AKIARAMPARTTEST00001/20240305/us-east-1/sts/aws4_request";
        var request = SignedGetCallerIdentity.WithHeader("Authorization", authorization);

        var error = await _verifier.ThrownAsync(request);

        Assert.Equal(new ServiceError("IncompleteSignature",
            "Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. " +
            "Authorization=" + authorization, 400), error);
    }

    [Fact]
    public async Task Bare_algorithm_without_a_date_lists_every_missing_part()
    {
        var request = SignedGetCallerIdentity.WithHeader("Authorization", "AWS4-HMAC-SHA256").WithoutHeader("X-Amz-Date");

        var failure = await _verifier.RefusalAsync(request);

        Assert.Equal(new SignatureFailure(SignatureFailureKind.IncompleteSignature,
            "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. " +
            "Authorization header requires 'SignedHeaders' parameter. " +
            "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=AWS4-HMAC-SHA256"), failure);
    }

    [Fact]
    public async Task Authorization_component_without_an_equal_sign_is_incomplete()
    {
        const string authorization = "AWS4-HMAC-SHA256 Credential=AKIARAMPARTTEST00001 /20240305/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=00";
        var request = SignedGetCallerIdentity.WithHeader("Authorization", authorization);

        var failure = await _verifier.RefusalAsync(request);

        Assert.Equal(SignatureFailureKind.IncompleteSignature, failure.Kind);
        Assert.Equal("'/20240305/us-east-1/sts/aws4_request' not a valid key=value pair (missing equal-sign) in Authorization header: '"
            + authorization + "'.", failure.Message);
    }

    [Fact]
    public async Task Presigned_url_without_signature_and_date_lists_what_is_missing()
    {
        var request = PresignedGetCallerIdentity.WithoutQueryParameter("X-Amz-Signature").WithoutQueryParameter("X-Amz-Date");

        var error = await _verifier.ThrownAsync(request);

        Assert.Equal(new ServiceError("IncompleteSignature",
            "AWS query-string parameters must include 'X-Amz-Signature'. AWS query-string parameters must include 'X-Amz-Date'. " +
            "Re-examine the query-string parameters.", 400), error);
    }

    [Fact]
    public async Task Credential_with_four_parts_is_malformed()
    {
        var request = SignedGetCallerIdentity.WithAuthorizationPart("Credential", "AKIARAMPARTTEST00001/20240305/us-east-1/sts");

        var failure = await _verifier.RefusalAsync(request);

        Assert.Equal(new SignatureFailure(SignatureFailureKind.IncompleteSignature,
            "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got 'AKIARAMPARTTEST00001/20240305/us-east-1/sts'"),
            failure);
    }

    [Fact]
    public async Task Credential_with_a_wrong_terminator_does_not_match()
    {
        var request = SignedGetCallerIdentity.WithAuthorizationPart("Credential", "AKIARAMPARTTEST00001/20240305/us-east-1/sts/aws5_request");

        var failure = await _verifier.RefusalAsync(request);

        Assert.Equal(new SignatureFailure(SignatureFailureKind.SignatureDoesNotMatch,
            "Credential should be scoped with a valid terminator: 'aws4_request', not 'aws5_request'. "), failure);
    }

    [Fact]
    public async Task Scope_date_that_differs_from_x_amz_date_does_not_match()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.GetCallerIdentity)
            .WithAuthorizationPart("Credential", "AKIARAMPARTTEST00001/20240304/us-east-1/sts/aws4_request");

        var failure = await _verifier.RefusalAsync(request);

        Assert.Equal(new SignatureFailure(SignatureFailureKind.SignatureDoesNotMatch,
            "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20240304' != '20240305', from '20240305T102030Z'."),
            failure);
    }

    [Fact]
    public async Task Region_other_than_the_one_the_service_requires_does_not_match()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.GetCallerIdentity with { Service = "iam", Region = "eu-west-1" });

        var error = await _verifier.ThrownAsync(request, new SignatureExpectation("iam", "us-east-1"));

        Assert.Equal(new ServiceError("SignatureDoesNotMatch", "Credential should be scoped to a valid region, not 'eu-west-1'. ", 403), error);
    }

    [Fact]
    public async Task Scope_for_another_service_does_not_match_with_the_json_code()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.KmsListKeys with { Service = "sts" });

        var error = await _verifier.ThrownAsync(request, new SignatureExpectation("kms", null, AuthErrorDialect.Json));

        Assert.Equal(new ServiceError("InvalidSignatureException", "Credential should be scoped to correct service: 'kms'. ", 400), error);
    }

    [Fact]
    public async Task Every_wrong_scope_part_is_reported_together()
    {
        var request = SignedGetCallerIdentity.WithAuthorizationPart("Credential", "AKIARAMPARTTEST00001/20240304/eu-west-1/sts/aws5_request");

        var failure = await _verifier.RefusalAsync(request, new SignatureExpectation("iam", "us-east-1"));

        Assert.Equal("Credential should be scoped to a valid region, not 'eu-west-1'. Credential should be scoped to correct service: 'iam'. " +
            "Credential should be scoped with a valid terminator: 'aws4_request', not 'aws5_request'. " +
            "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20240304' != '20240305', from '20240305T102030Z'.",
            failure.Message);
    }

    [Fact]
    public async Task Host_header_must_be_signed()
    {
        var request = SignedGetCallerIdentity.WithAuthorizationPart("SignedHeaders", "content-type;x-amz-date");

        var error = await _verifier.ThrownAsync(request);

        Assert.Equal(new ServiceError("SignatureDoesNotMatch", "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.", 403), error);
    }

    [Fact]
    public async Task Declared_content_hash_that_is_not_the_body_hash_is_a_mismatch()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.GetCallerIdentity with
        {
            Headers = [.. SigningSpecs.GetCallerIdentity.Headers, ["X-Amz-Content-SHA256", new string('a', 64)]],
        });

        var error = await _verifier.ThrownAsync(request);

        Assert.Equal(new ServiceError("XAmzContentSHA256Mismatch",
            "The provided 'x-amz-content-sha256' header does not match what was computed.", 400), error);
    }

    [Fact]
    public async Task Declared_content_hash_that_is_not_a_hash_is_refused()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.GetCallerIdentity with
        {
            Headers = [.. SigningSpecs.GetCallerIdentity.Headers, ["X-Amz-Content-SHA256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"]],
        });

        var failure = await _verifier.RefusalAsync(request);

        Assert.Equal(SignatureFailureKind.ContentHashMismatch, failure.Kind);
    }

    [Fact]
    public async Task Expired_temporary_credential_is_an_expired_token()
    {
        var expiring = TestKeys.Temporary with { Expiration = TestKeys.SigningTime.AddMinutes(5) };
        var verifier = new SigV4Verifier(new InMemoryCredentials(expiring), new FixedClock(TestKeys.SigningTime.AddMinutes(6)));

        var error = await verifier.ThrownAsync(BotocoreSigner.Sign(SigningSpecs.TemporaryGetCallerIdentity));

        Assert.Equal(new ServiceError("ExpiredToken", "The security token included in the request is expired", 403), error);
    }

    [Fact]
    public async Task Temporary_credential_is_accepted_until_its_expiration()
    {
        var expiring = TestKeys.Temporary with { Expiration = TestKeys.SigningTime.AddMinutes(5) };
        var verifier = new SigV4Verifier(new InMemoryCredentials(expiring), new FixedClock(TestKeys.SigningTime.AddMinutes(4)));

        var signature = await verifier.VerifyAsync(BotocoreSigner.Sign(SigningSpecs.TemporaryGetCallerIdentity), CancellationToken.None);

        Assert.Equal(TestKeys.SessionToken, signature.SessionToken);
    }

    [Fact]
    public async Task Temporary_credential_without_its_session_token_is_invalid()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.TemporaryGetCallerIdentity with { Token = null });

        var failure = await _verifier.RefusalAsync(request);

        Assert.Equal(SignatureFailureKind.InvalidSessionToken, failure.Kind);
        Assert.Equal("InvalidClientTokenId", failure.ToServiceError(AuthErrorDialect.Query).Code);
    }

    [Fact]
    public async Task Temporary_credential_with_another_session_token_is_invalid()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.TemporaryGetCallerIdentity with { Token = TestKeys.SessionToken + "x" });

        Assert.Equal(SignatureFailureKind.InvalidSessionToken, (await _verifier.RefusalAsync(request)).Kind);
    }

    [Fact]
    public async Task Long_term_key_with_a_session_token_is_invalid()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.GetCallerIdentity with { Token = TestKeys.SessionToken });

        Assert.Equal(SignatureFailureKind.InvalidSessionToken, (await _verifier.RefusalAsync(request)).Kind);
    }

    [Fact]
    public async Task Presigned_url_with_a_swapped_session_token_is_invalid()
    {
        var request = BotocoreSigner.Sign(SigningSpecs.PresignedGetCallerIdentity with
        {
            AccessKeyId = TestKeys.TemporaryAccessKeyId,
            Secret = TestKeys.TemporarySecret,
            Token = "another-token",
        });

        Assert.Equal(SignatureFailureKind.InvalidSessionToken, (await _verifier.RefusalAsync(request)).Kind);
    }

    [Theory]
    [InlineData("2024-03-05T10:20:30Z")]
    [InlineData("20240305T102030")]
    [InlineData("20241305T102030Z")]
    [InlineData("20240230T102030Z")]
    [InlineData("20240305T246030Z")]
    public async Task Malformed_x_amz_date_is_incomplete(string date)
    {
        var request = SignedGetCallerIdentity.WithHeader("X-Amz-Date", date);

        var error = await _verifier.ThrownAsync(request);

        Assert.Equal(new ServiceError("IncompleteSignature",
            $"Date must be in ISO-8601 'basic format'. Got '{date}'. See http://en.wikipedia.org/wiki/ISO_8601", 400), error);
    }

    [Fact]
    public async Task Request_without_any_signature_is_anonymous()
    {
        var request = SignedGetCallerIdentity.WithoutHeader("Authorization");

        var signature = await _verifier.VerifyAsync(request, CancellationToken.None);

        Assert.Same(VerifiedSignature.Anonymous, signature);
        Assert.True(signature.IsAnonymous);
        Assert.Null(signature.Principal);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("AWS AKIARAMPARTTEST00001:c2lnbmF0dXJl")]
    [InlineData("")]
    public async Task Authorization_header_of_another_scheme_is_a_missing_authentication_token(string authorization)
    {
        var request = SignedGetCallerIdentity.WithHeader("Authorization", authorization);

        var error = await _verifier.ThrownAsync(request);

        Assert.Equal(new ServiceError("MissingAuthenticationToken", "Request is missing Authentication Token", 403), error);
    }

    [Fact]
    public async Task Header_and_query_signatures_together_are_refused()
    {
        var request = PresignedGetCallerIdentity.WithHeader("Authorization", SignedGetCallerIdentity.Header("Authorization")!);

        var failure = await _verifier.RefusalAsync(request);

        Assert.Equal(new SignatureFailure(SignatureFailureKind.SignatureDoesNotMatch,
            "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header."), failure);
    }

    [Fact]
    public async Task Unsupported_algorithm_is_incomplete()
    {
        var authorization = SignedGetCallerIdentity.Header("Authorization")!.Replace("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA512", StringComparison.Ordinal);

        var failure = await _verifier.RefusalAsync(SignedGetCallerIdentity.WithHeader("Authorization", authorization));

        Assert.Equal(new SignatureFailure(SignatureFailureKind.IncompleteSignature,
            "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA512' (only AWS4-HMAC-SHA256 for now). "), failure);
    }

    [Theory]
    [InlineData("zz")]
    [InlineData("")]
    [InlineData("E3890F249FEB44AFD2D2D46C4A3692B41FB9350C40B6971B3B4D9E371C8A5DEF00")]
    public async Task Malformed_signature_value_does_not_match(string signature)
    {
        var request = SignedGetCallerIdentity.WithAuthorizationPart("Signature", signature);

        var failure = await _verifier.RefusalAsync(request);

        Assert.True(failure.Kind is SignatureFailureKind.SignatureDoesNotMatch or SignatureFailureKind.IncompleteSignature, failure.Message);
    }

    [Theory]
    [InlineData("Tue, 05 Mar 2024 10:20:30 GMT")]
    [InlineData("Tue, 05 Mar 2024 11:20:30 +0100")]
    public async Task Date_header_in_http_form_is_read_when_x_amz_date_is_absent(string date)
    {
        var request = SignedGetCallerIdentity.WithoutHeader("X-Amz-Date").WithHeader("Date", date);

        // The date parses and lies within the window, so what fails is only the signature over another header set.
        Assert.Equal(SignatureFailureKind.SignatureDoesNotMatch, (await _verifier.RefusalAsync(request)).Kind);
    }

    [Fact]
    public async Task Malformed_date_header_is_incomplete()
    {
        var request = SignedGetCallerIdentity.WithoutHeader("X-Amz-Date").WithHeader("Date", "yesterday");

        var failure = await _verifier.RefusalAsync(request);

        Assert.Equal("Date must be in ISO-8601 'basic format'. Got 'yesterday'. See http://en.wikipedia.org/wiki/ISO_8601", failure.Message);
    }
}
