using Rampart.Policy;

namespace Rampart.Identity.Sessions;

/// <summary>Temporary credentials as stored: the secret and the session token encrypted under the master key, and
/// every fact about the session that authorization needs. A session never changes after it is issued.</summary>
/// <param name="Type">AssumedRole, FederatedUser, or the long-term caller's own type for GetSessionToken.</param>
/// <param name="UserName">aws:username: set only for sessions of IAM users from GetSessionToken.</param>
/// <param name="RoleName">For role sessions, the role whose policies the session has.</param>
/// <param name="SourceUserId">For federated users, the IAM user whose policies bound the session (null for root).</param>
/// <param name="SessionPolicyDocuments">Inline session policies; with <paramref name="SessionPolicyArns"/> empty and
/// <paramref name="AlwaysHasSessionPolicies"/> false, the session has no session policies.</param>
/// <param name="AlwaysHasSessionPolicies">True for federated users, whose sessions grant nothing without session policies.</param>
/// <param name="Tags">aws:PrincipalTag for the session: the role's tags overridden by the session tags.</param>
/// <param name="TransitiveTags">Session tags that pass on to sessions chained from this one.</param>
public sealed record SessionRecord(
    string AccessKeyId,
    string SecretCiphertext,
    string TokenCiphertext,
    PrincipalType Type,
    string AccountId,
    string Arn,
    string UserId,
    string? UserName,
    string? RoleArn,
    string? RoleName,
    string? SourceUserId,
    string? SourceUserName,
    DateTimeOffset IssuedAt,
    DateTimeOffset Expiration,
    DateTimeOffset? MfaAuthenticatedAt,
    IReadOnlyList<string> SessionPolicyDocuments,
    IReadOnlyList<string> SessionPolicyArns,
    bool AlwaysHasSessionPolicies,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyDictionary<string, string> TransitiveTags,
    string? SourceIdentity)
{
    /// <summary>aws:FederatedProvider: the ARN of the OIDC or SAML provider a federated role session came through.</summary>
    public string? FederatedProvider { get; init; }

    public bool HasSessionPolicies => AlwaysHasSessionPolicies || SessionPolicyDocuments.Count > 0 || SessionPolicyArns.Count > 0;

    public Principal ToPrincipal() => new(
        Type, Arn, AccountId, UserId, UserName, Tags, AccessKeyId, new SessionFacts(IssuedAt, MfaAuthenticatedAt, RoleArn));
}
