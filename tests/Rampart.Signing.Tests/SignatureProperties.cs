using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rampart.Protocol;
using Rampart.Signing.Tests.Support;

namespace Rampart.Signing.Tests;

/// <summary>Properties over generated requests: hostile input only ever yields AWS errors; botocore's signatures
/// over arbitrary paths, queries and bodies verify, and break when any body byte changes.</summary>
public sealed class SignatureProperties
{
    private readonly SigV4Verifier _verifier = TestKeys.VerifierAt(TestKeys.SigningTime);

    [Property(MaxTest = 2000)]
    public Property Hostile_requests_only_ever_raise_aws_errors() =>
        Prop.ForAll(Arb.From(RequestGenerators.HostileRequests), request =>
        {
            SignatureScope.TryRead(request, out _);
            try
            {
                var signature = _verifier.VerifyAsync(request, CancellationToken.None).AsTask().GetAwaiter().GetResult();
                return signature.IsAnonymous.Label("only an unsigned request may pass");
            }
            catch (AwsException refused)
            {
                return (refused.Error.StatusCode is 400 or 403 && refused.Error.Message.Length > 0).Label(refused.Error.ToString());
            }
        });

    [Property(MaxTest = 150)]
    public Property Botocore_header_signatures_over_random_requests_verify_and_break_on_any_body_byte() =>
        Prop.ForAll(Arb.From(HeaderSignedCases), testCase =>
        {
            var signed = BotocoreSigner.Sign(testCase.Spec);
            var verification = Verify(signed);
            if (!verification.Succeeded)
            {
                return false.Label($"botocore's signature was refused: {verification.Failure.Message}\npath {signed.Path}\nquery {signed.QueryString}");
            }
            if (signed.Body.Length == 0)
            {
                return true.Label("empty body");
            }
            var body = signed.Body.ToArray();
            body[testCase.ByteIndex % body.Length] ^= testCase.FlipMask;
            var tampered = Verify(signed with { Body = body });
            return (!tampered.Succeeded && tampered.Failure.Kind == SignatureFailureKind.SignatureDoesNotMatch)
                .Label("a changed body byte still verified");
        });

    [Property(MaxTest = 100)]
    public Property Botocore_presigned_urls_over_random_paths_and_queries_verify() =>
        Prop.ForAll(Arb.From(PresignedSpecs), spec =>
        {
            var verification = Verify(BotocoreSigner.Sign(spec));
            return verification.Succeeded.Label(verification.Failure?.Message ?? "");
        });

    private SignatureVerification Verify(WireRequest request) =>
        _verifier.TryVerifyAsync(request, SignatureExpectation.Any, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public sealed record HeaderSignedCase(SigningSpec Spec, int ByteIndex, byte FlipMask);

    private static readonly Gen<string[][]> QueryPairs =
        RequestGenerators.UrlText.Two().Select(pair => new[] { pair.Item1, pair.Item2 }).ListOf().Select(pairs => pairs.ToArray());

    private static readonly Gen<HeaderSignedCase> HeaderSignedCases =
        from method in Gen.Elements("GET", "POST", "PUT", "DELETE", "PATCH")
        from service in Gen.Elements("sts", "iam", "kms", "guardduty", "wafv2")
        from segments in RequestGenerators.UrlText.ListOf()
        from query in QueryPairs
        from headerValue in RequestGenerators.HeaderText
        from body in RequestGenerators.Bytes
        from byteIndex in Gen.Choose(0, int.MaxValue)
        from mask in Gen.Choose(1, 255)
        select new HeaderSignedCase(
            new SigningSpec
            {
                Method = method,
                Service = service,
                PathSegments = segments.ToArray(),
                QueryPairs = query,
                Headers = [["X-Custom", headerValue]],
                Body = body,
            },
            byteIndex,
            (byte)mask);

    private static readonly Gen<SigningSpec> PresignedSpecs =
        from service in Gen.Elements("sts", "execute-api", "kms")
        from segments in RequestGenerators.UrlText.ListOf()
        from query in QueryPairs
        from expires in Gen.Choose(1, 604800)
        select new SigningSpec
        {
            Service = service,
            PathSegments = segments.ToArray(),
            QueryPairs = query,
            PresignExpires = expires,
        };
}
