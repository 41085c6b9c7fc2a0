using Rampart.Policy;

namespace Rampart.Identity;

/// <summary>An authenticated caller, with what the pipeline needs of it for authorization and the audit record.</summary>
/// <param name="UserId">aws:userid: the account ID for root, the unique ID (AIDA...) for a user,
/// "AROA...:session" for a role session.</param>
/// <param name="UserName">aws:username, set only for IAM users.</param>
/// <param name="AccessKeyId">The access key that signed the request.</param>
/// <param name="Session">Set for temporary credentials only; AWS leaves the MFA and token keys out otherwise.</param>
public sealed record Principal(
    PrincipalType Type,
    string Arn,
    string AccountId,
    string UserId,
    string? UserName,
    IReadOnlyDictionary<string, string> Tags,
    string? AccessKeyId,
    SessionFacts? Session)
{
    private static readonly IReadOnlyDictionary<string, string> NoTags = new Dictionary<string, string>();

    /// <summary>The caller as the policy engine sees it.</summary>
    public PrincipalInfo ToPolicyPrincipal() => new(Arn, Type, AccountId, Session?.RoleArn, UserId);

    public static Principal Root(string accountId, string? accessKeyId) => new(
        PrincipalType.Root,
        $"arn:aws:iam::{accountId}:root",
        accountId,
        accountId,
        null,
        NoTags,
        accessKeyId,
        null);
}
