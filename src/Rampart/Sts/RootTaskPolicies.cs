namespace Rampart.Sts;

/// <summary>The AWS managed policies under arn:aws:iam::aws:policy/root-task/ that scope a privileged root session
/// (IAM: "Perform a privileged task on an AWS Organizations member account"). AssumeRoot passes the chosen one as
/// the session's only session policy, so the member account's root may do that task and nothing else.</summary>
public static class RootTaskPolicies
{
    public const string ArnPrefix = "arn:aws:iam::aws:policy/root-task/";

    private static readonly Dictionary<string, string> Documents = new(StringComparer.Ordinal)
    {
        ["IAMAuditRootUserCredentials"] = Allow(
            "iam:GetAccessKeyLastUsed", "iam:GetAccountSummary", "iam:GetLoginProfile", "iam:GetMFADevice", "iam:GetUser",
            "iam:ListAccessKeys", "iam:ListMFADevices", "iam:ListSigningCertificates"),
        ["IAMCreateRootUserPassword"] = Allow("iam:CreateLoginProfile", "iam:GetLoginProfile", "iam:GetUser"),
        ["IAMDeleteRootUserCredentials"] = Allow(
            "iam:DeactivateMFADevice", "iam:DeleteAccessKey", "iam:DeleteLoginProfile", "iam:DeleteSigningCertificate",
            "iam:GetAccessKeyLastUsed", "iam:GetLoginProfile", "iam:GetUser", "iam:ListAccessKeys", "iam:ListMFADevices",
            "iam:ListSigningCertificates"),
        ["S3UnlockBucketPolicy"] = Allow("s3:DeleteBucketPolicy", "s3:GetBucketPolicy", "s3:ListAllMyBuckets", "s3:PutBucketPolicy"),
        ["SQSUnlockQueuePolicy"] = Allow("sqs:GetQueueAttributes", "sqs:ListQueues", "sqs:SetQueueAttributes"),
    };

    /// <summary>The task policy's document, or null when <paramref name="arn"/> names no root-task policy.</summary>
    public static string? DocumentOf(string? arn) =>
        arn is not null && arn.StartsWith(ArnPrefix, StringComparison.Ordinal) && Documents.TryGetValue(arn[ArnPrefix.Length..], out var document)
            ? document
            : null;

    private static string Allow(params string[] actions) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":[{{string.Join(",", actions.Select(a => $"\"{a}\""))}}],"Resource":"*"}]}""";
}
