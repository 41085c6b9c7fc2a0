namespace Rampart.Signing;

/// <summary>Per-service differences in how clients sign, mirroring botocore's signers.</summary>
internal static class ServiceSigningRules
{
    /// <summary>S3 signs the request path exactly as sent and presigns with UNSIGNED-PAYLOAD; all other
    /// services normalize and double-encode the path and sign the body's hash.</summary>
    public static bool IsS3Style(string service) => service is "s3" or "s3-object-lambda" or "s3express";
}
