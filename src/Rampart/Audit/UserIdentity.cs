using System.Text.Json.Serialization;
using Rampart.Identity;
using Rampart.Policy;

namespace Rampart.Audit;

/// <summary>The record's userIdentity: who made the call, with which credentials.</summary>
/// <param name="PrincipalId">The account ID for root, the unique ID for a user, "AROA...:session" for a role session.</param>
/// <param name="AccessKeyId">The access key that signed the request (also for failed authentication, when known).</param>
/// <param name="InvokedBy">The AWS service that made the call on the caller's behalf, if any.</param>
/// <param name="IdentityProvider">For web identity and SAML callers: the identity provider.</param>
public sealed record UserIdentity(
    [property: JsonPropertyName("type")] UserIdentityType Type,
    [property: JsonPropertyName("principalId")] string? PrincipalId,
    [property: JsonPropertyName("arn")] string? Arn,
    [property: JsonPropertyName("accountId")] string? AccountId,
    [property: JsonPropertyName("accessKeyId")] string? AccessKeyId,
    [property: JsonPropertyName("userName")] string? UserName,
    [property: JsonPropertyName("sessionContext")] SessionContext? SessionContext,
    [property: JsonPropertyName("invokedBy")] string? InvokedBy,
    [property: JsonPropertyName("identityProvider")] string? IdentityProvider = null)
{
    /// <summary>The identity of an authenticated caller.</summary>
    public static UserIdentity Of(Principal caller) => caller.Type switch
    {
        PrincipalType.Root => new(UserIdentityType.Root, caller.AccountId, caller.Arn, caller.AccountId,
            caller.AccessKeyId, null, SessionOf(caller, issuer: null), null),
        PrincipalType.User => new(UserIdentityType.IAMUser, caller.UserId, caller.Arn, caller.AccountId,
            caller.AccessKeyId, caller.UserName, SessionOf(caller, issuer: null), null),
        PrincipalType.AssumedRole => new(UserIdentityType.AssumedRole, caller.UserId, caller.Arn, caller.AccountId,
            caller.AccessKeyId, null, SessionOf(caller, RoleIssuer(caller)), null),
        PrincipalType.FederatedUser => new(UserIdentityType.FederatedUser, caller.UserId, caller.Arn, caller.AccountId,
            caller.AccessKeyId, null, SessionOf(caller, issuer: null), null),
        PrincipalType.WebIdentity => new(UserIdentityType.WebIdentityUser, caller.UserId, null, caller.AccountId,
            null, caller.UserName, null, null, caller.Arn),
        PrincipalType.Saml => new(UserIdentityType.SAMLUser, caller.UserId, null, caller.AccountId,
            null, caller.UserName, null, null, caller.Arn),
        PrincipalType.Service => new(UserIdentityType.AWSService, null, null, caller.AccountId,
            null, null, null, caller.Arn),
        // CloudTrail's form for anonymous callers: an empty principal ID in the pseudo-account "anonymous".
        _ => new(UserIdentityType.AWSAccount, "", null, "anonymous", null, null, null, null),
    };

    /// <summary>What is known of a caller whose authentication failed: the access key it presented and, if that key
    /// exists, the account it belongs to. The caller is not proven to be the key's owner, hence type Unknown.</summary>
    public static UserIdentity Unauthenticated(string? accessKeyId, string? accountId) =>
        new(UserIdentityType.Unknown, null, null, accountId, accessKeyId, null, null, null);

    private static SessionContext? SessionOf(Principal caller, SessionIssuer? issuer)
    {
        var attributes = caller.Session is { } session
            ? new SessionAttributes(
                CloudTrailTime.Format(session.IssuedAt),
                session.MfaAuthenticatedAt is null ? "false" : "true")
            : null;
        return attributes is null && issuer is null ? null : new SessionContext(issuer, attributes, null);
    }

    /// <summary>The role behind a role session: its ARN with path from the session's facts (else rebuilt from the
    /// session ARN, arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION) and its ID from the unique ID (ROLEID:SESSION).</summary>
    private static SessionIssuer? RoleIssuer(Principal caller)
    {
        const string marker = ":assumed-role/";
        var at = caller.Arn.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var roleAndSession = caller.Arn[(at + marker.Length)..];
        var slash = roleAndSession.IndexOf('/');
        var roleName = slash < 0 ? roleAndSession : roleAndSession[..slash];
        var colon = caller.UserId.IndexOf(':');
        var roleId = colon < 0 ? caller.UserId : caller.UserId[..colon];
        var partition = caller.Arn.Split(':')[1];
        var roleArn = caller.Session?.RoleArn ?? $"arn:{partition}:iam::{caller.AccountId}:role/{roleName}";
        return new SessionIssuer("Role", roleId, roleArn, caller.AccountId, roleName);
    }
}
