using Rampart.Protocol;

namespace Rampart.Signing;

/// <summary>Reads and validates a request's signature claim in the order AWS checks it: which form, missing
/// parts, date format, time window, signed host, algorithm, credential shape, credential scope.</summary>
internal static class SignatureClaimReader
{
    /// <summary>A failure, or null with <paramref name="claim"/> set; a claim of form None means no signature at all.</summary>
    public static SignatureFailure? Read(WireRequest request, SignatureExpectation expectation, DateTimeOffset now, out SignatureClaim claim)
    {
        claim = default;
        var headers = SigningHeaders.Read(request);
        var presigned = PresignedParameters.Read(request.QueryString);
        if (headers.Authorization is not null && presigned.Algorithm is not null)
        {
            return SignatureFailures.BothForms;
        }
        if (headers.Authorization is null)
        {
            return presigned.Present ? ReadPresigned(presigned, headers, expectation, now, out claim) : null;
        }
        if (!AuthorizationHeader.IsSigV4(headers.Authorization))
        {
            return SignatureFailure.MissingAuthenticationToken;
        }
        return ReadHeader(headers, expectation, now, out claim);
    }

    private static SignatureFailure? ReadHeader(SigningHeaders headers, SignatureExpectation expectation, DateTimeOffset now, out SignatureClaim claim)
    {
        claim = default;
        var malformed = AuthorizationHeader.TryParse(headers.Authorization!, out var authorization);
        if (malformed is not null)
        {
            return malformed;
        }
        var hasAmzDate = !string.IsNullOrEmpty(headers.AmzDate);
        var hasDate = hasAmzDate || !string.IsNullOrEmpty(headers.Date);
        if (IsNullOrEmpty(authorization.Credential) || IsNullOrEmpty(authorization.Signature)
            || authorization.SignedHeaders is null || !hasDate)
        {
            var message = "";
            if (IsNullOrEmpty(authorization.Credential))
            {
                message += "Authorization header requires 'Credential' parameter. ";
            }
            if (IsNullOrEmpty(authorization.Signature))
            {
                message += "Authorization header requires 'Signature' parameter. ";
            }
            if (authorization.SignedHeaders is null)
            {
                message += "Authorization header requires 'SignedHeaders' parameter. ";
            }
            if (!hasDate)
            {
                message += "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ";
            }
            return new SignatureFailure(SignatureFailureKind.IncompleteSignature, message + "Authorization=" + authorization.Value);
        }

        DateTimeOffset signingTime;
        string amzDate;
        if (hasAmzDate)
        {
            amzDate = headers.AmzDate!;
            if (!AmzDate.TryParseBasic(amzDate, out signingTime))
            {
                return SignatureFailures.MalformedDate(amzDate);
            }
        }
        else
        {
            if (!AmzDate.TryParseHttpDate(headers.Date!, out signingTime))
            {
                return SignatureFailures.MalformedDate(headers.Date!);
            }
            amzDate = AmzDate.FormatBasic(signingTime);
        }
        if (signingTime < now - ClockSkewLimit.Allowed)
        {
            return SignatureFailures.SignatureExpired(signingTime, now);
        }
        var futureFailure = CheckNotInFuture(signingTime, now);
        if (futureFailure is not null)
        {
            return futureFailure;
        }
        var signedHeaders = authorization.SignedHeaders.Value;
        return Finish(SignatureForm.AuthorizationHeader, authorization.Algorithm.Span, authorization.Credential!.Value.Span,
            signedHeaders, authorization.Signature!.Value, signingTime, amzDate, headers.SecurityToken, headers.ContentSha256,
            expectation, out claim);
    }

    private static SignatureFailure? ReadPresigned(PresignedParameters presigned, SigningHeaders headers, SignatureExpectation expectation,
        DateTimeOffset now, out SignatureClaim claim)
    {
        claim = default;
        var message = "";
        foreach (var (name, value) in (ReadOnlySpan<(string, string?)>)[
            (PresignedParameters.AlgorithmName, presigned.Algorithm),
            (PresignedParameters.CredentialName, presigned.Credential),
            (PresignedParameters.SignatureName, presigned.Signature),
            (PresignedParameters.SignedHeadersName, presigned.SignedHeaders),
            (PresignedParameters.DateName, presigned.Date)])
        {
            if (string.IsNullOrEmpty(value))
            {
                message += $"AWS query-string parameters must include '{name}'. ";
            }
        }
        if (message.Length > 0)
        {
            return new SignatureFailure(SignatureFailureKind.IncompleteSignature, message + "Re-examine the query-string parameters.");
        }

        var expiresSeconds = PresignedLimits.DefaultExpiresSeconds;
        if (presigned.Expires is not null
            && (!long.TryParse(presigned.Expires, out expiresSeconds) || expiresSeconds is < 1 or > PresignedLimits.MaxExpiresSeconds))
        {
            return SignatureFailures.InvalidExpires(presigned.Expires);
        }
        if (!AmzDate.TryParseBasic(presigned.Date, out var signingTime))
        {
            return SignatureFailures.MalformedDate(presigned.Date!);
        }
        var futureFailure = CheckNotInFuture(signingTime, now);
        if (futureFailure is not null)
        {
            return futureFailure;
        }
        if (now > signingTime.AddSeconds(expiresSeconds))
        {
            return SignatureFailures.PresignedUrlExpired;
        }
        return Finish(SignatureForm.QueryString, presigned.Algorithm, presigned.Credential, presigned.SignedHeaders!.AsMemory(),
            presigned.Signature!.AsMemory(), signingTime, presigned.Date!, presigned.SecurityToken,
            headers.ContentSha256 ?? presigned.ContentSha256, expectation, out claim);
    }

    private static SignatureFailure? CheckNotInFuture(DateTimeOffset signingTime, DateTimeOffset now) =>
        signingTime > now + ClockSkewLimit.Allowed ? SignatureFailures.SignatureNotYetCurrent(signingTime, now) : null;

    private static SignatureFailure? Finish(SignatureForm form, ReadOnlySpan<char> algorithm, ReadOnlySpan<char> credential,
        ReadOnlyMemory<char> signedHeaders, ReadOnlyMemory<char> signature, DateTimeOffset signingTime, string amzDate,
        string? sessionToken, string? declaredContentHash, SignatureExpectation expectation, out SignatureClaim claim)
    {
        claim = default;
        if (!SignsHost(signedHeaders.Span))
        {
            return SignatureFailures.HostNotSigned;
        }
        if (!algorithm.SequenceEqual(AuthorizationHeader.Sigv4Algorithm))
        {
            return SignatureFailures.UnsupportedAlgorithm(algorithm);
        }
        if (!CredentialScope.TryParse(credential, out var scope))
        {
            return SignatureFailures.MalformedCredential(credential);
        }
        var scopeFailure = CheckScope(scope, amzDate, expectation);
        if (scopeFailure is not null)
        {
            return scopeFailure;
        }
        claim = new SignatureClaim(form, scope, signingTime, amzDate, signedHeaders, signature,
            string.IsNullOrEmpty(sessionToken) ? null : sessionToken, declaredContentHash);
        return null;
    }

    private static bool SignsHost(ReadOnlySpan<char> signedHeaders)
    {
        foreach (var range in signedHeaders.Split(';'))
        {
            var name = signedHeaders[range];
            if (name.Equals("host", StringComparison.OrdinalIgnoreCase) || name.Equals(":authority", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static SignatureFailure? CheckScope(CredentialScope scope, string amzDate, SignatureExpectation expectation)
    {
        var badRegion = scope.Region.Length == 0 || (expectation.Region is not null && scope.Region != expectation.Region);
        var badService = scope.Service.Length == 0 || (expectation.Service is not null && scope.Service != expectation.Service);
        var badTerminator = scope.Terminator != CredentialScope.Aws4Terminator;
        var badDate = !amzDate.AsSpan(0, 8).SequenceEqual(scope.Date);
        if (!(badRegion || badService || badTerminator || badDate))
        {
            return null;
        }
        var message = "";
        if (badRegion)
        {
            message += $"Credential should be scoped to a valid region, not '{scope.Region}'. ";
        }
        if (badService)
        {
            message += $"Credential should be scoped to correct service: '{expectation.Service ?? scope.Service}'. ";
        }
        if (badTerminator)
        {
            message += $"Credential should be scoped with a valid terminator: '{CredentialScope.Aws4Terminator}', not '{scope.Terminator}'. ";
        }
        if (badDate)
        {
            message += $"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{scope.Date}' != '{amzDate[..8]}', from '{amzDate}'.";
        }
        return new SignatureFailure(SignatureFailureKind.SignatureDoesNotMatch, message);
    }

    private static bool IsNullOrEmpty(ReadOnlyMemory<char>? component) => component is null || component.Value.IsEmpty;
}
