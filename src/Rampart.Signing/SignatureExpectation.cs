namespace Rampart.Signing;

/// <summary>What the host requires of a request's credential scope once it has routed the request, and the
/// protocol whose error codes a refusal must use.</summary>
/// <param name="Service">The signing name of the service the request reached (e.g. <c>sts</c>, <c>kms</c>); null accepts any.</param>
/// <param name="Region">The only region the scope may name (e.g. <c>us-east-1</c> for IAM); null accepts any.</param>
public sealed record SignatureExpectation(
    string? Service = null,
    string? Region = null,
    AuthErrorDialect Dialect = AuthErrorDialect.Query)
{
    public static SignatureExpectation Any { get; } = new();
}
