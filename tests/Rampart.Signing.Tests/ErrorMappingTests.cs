using Rampart.Protocol;

namespace Rampart.Signing.Tests;

/// <summary>Each failure becomes the error code and status AWS uses in each protocol family.</summary>
public sealed class ErrorMappingTests
{
    [Theory]
    [InlineData(SignatureFailureKind.MissingAuthenticationToken, AuthErrorDialect.Query, "MissingAuthenticationToken", 403)]
    [InlineData(SignatureFailureKind.MissingAuthenticationToken, AuthErrorDialect.Json, "MissingAuthenticationTokenException", 400)]
    [InlineData(SignatureFailureKind.MissingAuthenticationToken, AuthErrorDialect.RestJson, "MissingAuthenticationTokenException", 403)]
    [InlineData(SignatureFailureKind.IncompleteSignature, AuthErrorDialect.Query, "IncompleteSignature", 400)]
    [InlineData(SignatureFailureKind.IncompleteSignature, AuthErrorDialect.Json, "IncompleteSignatureException", 400)]
    [InlineData(SignatureFailureKind.IncompleteSignature, AuthErrorDialect.RestJson, "IncompleteSignatureException", 403)]
    [InlineData(SignatureFailureKind.SignatureDoesNotMatch, AuthErrorDialect.Query, "SignatureDoesNotMatch", 403)]
    [InlineData(SignatureFailureKind.SignatureDoesNotMatch, AuthErrorDialect.Json, "InvalidSignatureException", 400)]
    [InlineData(SignatureFailureKind.SignatureDoesNotMatch, AuthErrorDialect.RestJson, "InvalidSignatureException", 403)]
    [InlineData(SignatureFailureKind.ClockSkew, AuthErrorDialect.Query, "SignatureDoesNotMatch", 403)]
    [InlineData(SignatureFailureKind.ClockSkew, AuthErrorDialect.Json, "InvalidSignatureException", 400)]
    [InlineData(SignatureFailureKind.UnknownAccessKey, AuthErrorDialect.Query, "InvalidClientTokenId", 403)]
    [InlineData(SignatureFailureKind.UnknownAccessKey, AuthErrorDialect.Json, "UnrecognizedClientException", 400)]
    [InlineData(SignatureFailureKind.UnknownAccessKey, AuthErrorDialect.RestJson, "UnrecognizedClientException", 403)]
    [InlineData(SignatureFailureKind.InactiveAccessKey, AuthErrorDialect.Json, "UnrecognizedClientException", 400)]
    [InlineData(SignatureFailureKind.InvalidSessionToken, AuthErrorDialect.Query, "InvalidClientTokenId", 403)]
    [InlineData(SignatureFailureKind.ExpiredToken, AuthErrorDialect.Query, "ExpiredToken", 403)]
    [InlineData(SignatureFailureKind.ExpiredToken, AuthErrorDialect.Json, "ExpiredTokenException", 400)]
    [InlineData(SignatureFailureKind.ExpiredToken, AuthErrorDialect.RestJson, "ExpiredTokenException", 403)]
    [InlineData(SignatureFailureKind.PresignedUrlExpired, AuthErrorDialect.Query, "RequestExpired", 400)]
    [InlineData(SignatureFailureKind.PresignedUrlExpired, AuthErrorDialect.Json, "RequestExpired", 400)]
    [InlineData(SignatureFailureKind.ContentHashMismatch, AuthErrorDialect.Json, "XAmzContentSHA256Mismatch", 400)]
    public void Failure_kind_maps_to_the_protocol_error(SignatureFailureKind kind, AuthErrorDialect dialect, string code, int status)
    {
        var failure = new SignatureFailure(kind, "message as AWS words it");

        Assert.Equal(new ServiceError(code, "message as AWS words it", status), failure.ToServiceError(dialect));
    }

    [Fact]
    public void Every_failure_kind_has_an_error_in_every_dialect()
    {
        foreach (var kind in Enum.GetValues<SignatureFailureKind>())
        {
            foreach (var dialect in Enum.GetValues<AuthErrorDialect>())
            {
                var error = new SignatureFailure(kind, "m").ToServiceError(dialect);
                Assert.True(error.SenderFault);
                Assert.InRange(error.StatusCode, 400, 403);
            }
        }
    }

    [Fact]
    public void Exception_carries_the_error_of_the_dialect()
    {
        var exception = SignatureFailure.MissingAuthenticationToken.ToException(AuthErrorDialect.Json);

        Assert.Equal(new ServiceError("MissingAuthenticationTokenException", "Request is missing Authentication Token", 400), exception.Error);
        Assert.Equal("Request is missing Authentication Token", exception.Message);
    }
}
