using Rampart.Policy;

namespace Rampart.Identity.Sessions;

/// <summary>What an STS operation decided the new session is; <see cref="TemporaryCredentials"/> adds the keys.</summary>
public sealed record SessionGrant(
    PrincipalType Type,
    string AccountId,
    string Arn,
    string UserId,
    string? UserName,
    DateTimeOffset IssuedAt,
    DateTimeOffset Expiration,
    DateTimeOffset? MfaAuthenticatedAt)
{
    public string? RoleArn { get; init; }

    public string? RoleName { get; init; }

    public string? SourceUserId { get; init; }

    public string? SourceUserName { get; init; }

    public IReadOnlyList<string> SessionPolicyDocuments { get; init; } = [];

    public IReadOnlyList<string> SessionPolicyArns { get; init; } = [];

    public bool AlwaysHasSessionPolicies { get; init; }

    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> TransitiveTags { get; init; } = new Dictionary<string, string>();

    public string? SourceIdentity { get; init; }

    /// <summary>The identity provider that authenticated a web identity or SAML federated session.</summary>
    public string? FederatedProvider { get; init; }
}
