using Rampart.Protocol;

namespace Rampart.Sts;

/// <summary>STS's errors in its wording.</summary>
public static class StsErrors
{
    public static AwsException Validation(string message) => new("ValidationError", message, 400);

    public static AwsException AccessDenied(string message) => new("AccessDenied", message, 403);

    public static AwsException MfaFailed() => AccessDenied(
        "MultiFactorAuthentication failed, unable to validate MFA code. Please verify your MFA serial number is valid and associated with this user.");
}
