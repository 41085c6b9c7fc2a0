using Rampart.Iam.Common;
using Rampart.Iam.Roles;
using Rampart.Identity.Sessions;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Storage.Secrets;

namespace Rampart.Sts;

/// <summary>What the federated AssumeRole operations share: finding the role a RoleArn names, the duration rules,
/// and issuing a role session's temporary credentials (recording the role's last use).</summary>
public sealed class RoleSessions(IStore store, SecretProtector secrets)
{
    /// <summary>The role, or null when no role has that ARN (the caller then learns only that it is not authorized).</summary>
    public async ValueTask<RoleRecord?> FindAsync(string roleArn, CancellationToken cancellationToken)
    {
        var fields = roleArn.Split(':', 6);
        if (fields is not ["arn", _, "iam", "", { Length: 12 } account, var resource] || !resource.StartsWith("role/", StringComparison.Ordinal))
        {
            throw StsErrors.Validation($"{roleArn} is invalid");
        }
        var name = resource[(resource.LastIndexOf('/') + 1)..];
        var role = (await new RoleDirectory(store).FindAsync(account, name, cancellationToken))?.Role;
        return role is not null && role.Arn == roleArn ? role : null;
    }

    /// <summary>The session's length: one hour unless asked, never more than the role allows.</summary>
    public static int Duration(int? requested, RoleRecord role)
    {
        var duration = requested ?? StsDurations.OneHour;
        return duration > role.MaxSessionDuration
            ? throw StsErrors.Validation("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.")
            : duration;
    }

    /// <summary>Issues credentials for a session of <paramref name="role"/> named <paramref name="sessionName"/>,
    /// with the role's tags overridden by <paramref name="sessionTags"/>.</summary>
    public async ValueTask<(IssuedCredentials Credentials, AssumedRoleUser User)> IssueAsync(
        RoleRecord role, string sessionName, int durationSeconds, CallContext call, RoleSessionOptions options, CancellationToken cancellationToken)
    {
        var tags = new Dictionary<string, string>(IamTags.ToDictionary(role.Tags), StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in options.SessionTags)
        {
            tags[key] = value;
        }
        var issuedAt = IamClock.ToSeconds(call.Time);
        var assumedRoleId = $"{role.RoleId}:{sessionName}";
        var sessionArn = $"arn:aws:sts::{role.AccountId}:assumed-role/{role.RoleName}/{sessionName}";
        var credentials = await new TemporaryCredentials(store, secrets).IssueAsync(
            new SessionGrant(PrincipalType.AssumedRole, role.AccountId, sessionArn, assumedRoleId, null, issuedAt, issuedAt.AddSeconds(durationSeconds), null)
            {
                RoleArn = role.Arn,
                RoleName = role.RoleName,
                SessionPolicyDocuments = options.Policy is { } document ? [document] : [],
                SessionPolicyArns = [.. (options.PolicyArns ?? []).Select(p => p.Arn!)],
                Tags = tags,
                TransitiveTags = options.TransitiveTags,
                SourceIdentity = options.SourceIdentity,
                FederatedProvider = options.FederatedProvider,
            },
            cancellationToken);
        await store.CommitAsync(
            [new StoreWrite.Put(RoleDirectory.LastUsedKey(role.AccountId, role.RoleId), IamJson.Write(new RoleLastUsedEntry(issuedAt, call.Region)))],
            cancellationToken);
        return (credentials, new AssumedRoleUser(assumedRoleId, sessionArn));
    }
}

/// <summary>What a federated caller asked of its role session besides its name and length.</summary>
public sealed record RoleSessionOptions(string? Policy, IReadOnlyList<PolicyDescriptor>? PolicyArns)
{
    public IReadOnlyDictionary<string, string> SessionTags { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> TransitiveTags { get; init; } = new Dictionary<string, string>();

    public string? SourceIdentity { get; init; }

    /// <summary>The ARN of the OIDC or SAML provider the caller came through, for aws:FederatedProvider.</summary>
    public string? FederatedProvider { get; init; }
}
