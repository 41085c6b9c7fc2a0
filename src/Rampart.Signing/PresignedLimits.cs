namespace Rampart.Signing;

/// <summary>The validity bounds of a presigned URL.</summary>
internal static class PresignedLimits
{
    /// <summary>Seven days: a signing key is valid for at most that long.</summary>
    public const long MaxExpiresSeconds = 604_800;

    /// <summary>Without X-Amz-Expires, non-S3 services honour a presigned URL for the clock-skew window only.</summary>
    public const long DefaultExpiresSeconds = 900;
}
