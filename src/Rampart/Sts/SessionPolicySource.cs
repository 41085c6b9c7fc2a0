using Rampart.Authorization;
using Rampart.Caching;
using Rampart.Iam.Common;
using Rampart.Iam.Policies.Enforcement;
using Rampart.Iam.Roles;
using Rampart.Identity;
using Rampart.Identity.Sessions;
using Rampart.Policy;
using Rampart.Policy.Parsing;
using Rampart.Storage;
using Rampart.Storage.Changes;
using Rampart.Storage.Secrets;

namespace Rampart.Sts;

/// <summary>The policies of role, federated-user and privileged root sessions. A role session has the role's identity
/// policies and boundary, narrowed by its session policies: whoever assumed the role leaves its own permissions behind.
/// A federated user has its IAM user's policies narrowed by session policies, so without them it can do nothing. A
/// root session from AssumeRoot is the member account's root narrowed by its task policy; a delegated session
/// (GetDelegatedAccessToken) is its user's, root's or role session's permissions narrowed by the permission policy.</summary>
public sealed class SessionPolicySource(IStore store, SecretProtector secrets, IamPolicySource iam) : IPrincipalPolicySource, ICacheInvalidator
{
    private static readonly CompiledPolicy AllowEverything = CompiledPolicy.Compile(PolicyParser.Parse(
        """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""", PolicyKind.Identity, "root"));

    private readonly TemporaryCredentials credentials = new(store, secrets);

    private readonly InvalidatingCache<string, CachedSession?> sessions = new(change =>
        change.Item is { Collection: SessionCollections.Session } item ? CacheImpact<string>.One(item.Key) : CacheImpact<string>.None);

    private readonly InvalidatingCache<(string Account, string NameKey), RoleRecord?> roles = new(change =>
        change.Item is { Collection: RoleCollections.Role } item ? CacheImpact<(string, string)>.One((item.Partition, item.Key)) : CacheImpact<(string, string)>.None);

    public void Invalidate(StoreChange change)
    {
        sessions.Invalidate(change);
        roles.Invalidate(change);
    }

    public async ValueTask<PrincipalPolicies> AddPoliciesAsync(Principal caller, PrincipalPolicies found, CancellationToken cancellationToken)
    {
        // Root sessions from AssumeRoot carry their task policy as a session policy, and delegated sessions of roots and
        // users their delegation's permission policy; GetSessionToken's sessions carry none.
        if (caller.Type is not (PrincipalType.AssumedRole or PrincipalType.FederatedUser or PrincipalType.Root or PrincipalType.User) || caller.Session is null
            || caller.AccessKeyId is not { } keyId
            || await sessions.GetOrLoadAsync(keyId, LoadSessionAsync, cancellationToken) is not { } cached)
        {
            return found;
        }
        var session = cached.Record;
        var identity = new List<SourcedPolicy>();
        SourcedPolicy? boundary = null;
        if (session.RoleName is { } roleName)
        {
            // A role deleted and created again under the same name is another role: the session keeps nothing of it.
            if (await roles.GetOrLoadAsync((session.AccountId, IamName.Key(roleName)), LoadRoleAsync, cancellationToken) is { } role
                && role.Arn == session.RoleArn && session.UserId.StartsWith(role.RoleId + ":", StringComparison.Ordinal))
            {
                await iam.AddHolderAsync(identity, role.AccountId, role.RoleId, cancellationToken);
                boundary = role.PermissionsBoundaryArn is { } arn ? await iam.ManagedAsync(role.AccountId, arn, cancellationToken) : null;
            }
        }
        else if (session.SourceUserId is { } userId && session.SourceUserName is { } userName)
        {
            (var userPolicies, boundary) = await iam.UserPoliciesAsync(session.AccountId, userId, userName, cancellationToken);
            identity.AddRange(userPolicies);
        }
        var sessionPolicies = new List<CompiledPolicy>(cached.Inline);
        foreach (var arn in session.SessionPolicyArns)
        {
            if (await iam.ManagedAsync(session.AccountId, arn, cancellationToken) is { } managed)
            {
                sessionPolicies.Add(managed.Policy);
            }
        }
        IReadOnlyList<CompiledPolicy> identityPolicies = session.Type == PrincipalType.FederatedUser && session.SourceUserId is null
            ? [AllowEverything]
            : [.. identity.Select(p => p.Policy)];
        return found with
        {
            CallerKeys = CallerKeys(session, found.CallerKeys),
            Identity = [.. found.Identity, .. identityPolicies],
            PermissionsBoundary = boundary?.Policy ?? found.PermissionsBoundary,
            SessionPolicies = session.HasSessionPolicies ? sessionPolicies : found.SessionPolicies,
        };
    }

    /// <summary>The global keys a session carries into every request: the identity provider a federated session came
    /// through (aws:FederatedProvider) and the source identity set when the role was assumed (aws:SourceIdentity).</summary>
    private static IReadOnlyDictionary<string, ContextValue> CallerKeys(SessionRecord session, IReadOnlyDictionary<string, ContextValue> found)
    {
        if (session.FederatedProvider is null && session.SourceIdentity is null)
        {
            return found;
        }
        var keys = new Dictionary<string, ContextValue>(found, StringComparer.OrdinalIgnoreCase);
        if (session.FederatedProvider is { } provider)
        {
            keys["aws:FederatedProvider"] = ContextValue.Single(provider);
        }
        if (session.SourceIdentity is { } sourceIdentity)
        {
            keys["aws:SourceIdentity"] = ContextValue.Single(sourceIdentity);
        }
        return keys;
    }

    private async ValueTask<CachedSession?> LoadSessionAsync(string accessKeyId, CancellationToken cancellationToken) =>
        await credentials.FindAsync(accessKeyId, cancellationToken) is { } record
            ? new CachedSession(record, [.. record.SessionPolicyDocuments.Select(SessionPolicies.Compile)])
            : null;

    private async ValueTask<RoleRecord?> LoadRoleAsync((string Account, string NameKey) key, CancellationToken cancellationToken) =>
        (await new RoleDirectory(store).FindAsync(key.Account, key.NameKey, cancellationToken))?.Role;

    private sealed record CachedSession(SessionRecord Record, IReadOnlyList<CompiledPolicy> Inline);
}
