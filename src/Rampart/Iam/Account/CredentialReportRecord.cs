namespace Rampart.Iam.Account;

/// <summary>The account's latest credential report (one item per account): the CSV, base64-encoded as returned.</summary>
public sealed record CredentialReportRecord(DateTimeOffset GeneratedTime, string Content)
{
    /// <summary>IAM regenerates a report only when the last one is older than this, and GetCredentialReport refuses
    /// a report older than this as expired.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(4);

    public bool IsExpiredAt(DateTimeOffset now) => now - GeneratedTime > Lifetime;
}
