using Rampart.Authorization;
using Rampart.Iam.Common;
using Rampart.Iam.Roles;
using Rampart.Identity.Sessions;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Storage.Secrets;

namespace Rampart.Sts;

public sealed record AssumeRoleRequest(
    string RoleArn,
    string RoleSessionName,
    IReadOnlyList<PolicyDescriptor>? PolicyArns,
    string? Policy,
    int? DurationSeconds,
    IReadOnlyList<IamTag>? Tags,
    IReadOnlyList<string>? TransitiveTagKeys,
    string? ExternalId,
    string? SerialNumber,
    string? TokenCode,
    string? SourceIdentity);

public sealed record AssumeRoleResponse(IssuedCredentials Credentials, AssumedRoleUser AssumedRoleUser, string? SourceIdentity);

/// <summary>Issues temporary credentials for a role. The role's trust policy must allow the caller (see
/// <see cref="TrustCheck"/>); the session then has the role's permissions narrowed by any session policies.</summary>
public sealed class AssumeRole(IStore store, SecretProtector secrets, IEnumerable<IPrincipalPolicySource> policySources, Authorizer authorizer) : Operation<AssumeRoleRequest, AssumeRoleResponse>
{
    private readonly CallerPolicies callerPolicies = new(policySources);

    public override string Service => "sts";

    public override string Name => "AssumeRole";

    /// <summary>Authorized in the handler rather than by the pipeline: for sts:AssumeRole the role's trust policy must
    /// itself allow the caller, while for the IAM actions on the same role ARN it plays no part, so the role's ARN
    /// cannot carry it as its resource policy.</summary>
    protected override OperationDeclaration<AssumeRoleRequest> Declaration { get; } = new()
    {
        Action = "sts:AssumeRole",
        ReadOnly = false,
        AuthorizationRequired = false,
        Resources = (request, _) => [request.RoleArn],
        ContextKeys = (request, _) => ContextKeysOf(request),
        RequestTags = request => IamTags.ToDictionary(request.Tags ?? []),
    };

    protected override async Task<AssumeRoleResponse> HandleAsync(AssumeRoleRequest request, CallContext call, CancellationToken cancellationToken)
    {
        SessionPolicies.Validate(request.Policy, request.PolicyArns);
        var tags = SessionTags.Check(request.Tags, request.TransitiveTagKeys);
        var caller = call.Caller;
        var mfaAt = await new MfaCheck(store, secrets).VerifyAsync(call, request.SerialNumber, request.TokenCode, cancellationToken);
        var role = await FindRoleAsync(request.RoleArn, cancellationToken);
        var policies = await callerPolicies.OfAsync(caller, cancellationToken);
        var access = Declaration.For(request, call);
        var keys = new Dictionary<string, ContextValue>(access.ContextKeys);
        if (mfaAt is not null)
        {
            keys["aws:MultiFactorAuthPresent"] = ContextValue.Single("true");
            keys["aws:MultiFactorAuthAge"] = ContextValue.Single("0");
        }
        access = access with { ContextKeys = keys };
        var organization = await authorizer.ResourceAccountAsync(role?.AccountId, cancellationToken);
        TrustCheck.Require(call, policies, role, request.RoleArn, access, organization);
        if (tags.Count > 0)
        {
            TrustCheck.Require(call, policies, role, request.RoleArn, access with { Action = "sts:TagSession" }, organization);
        }
        if (request.SourceIdentity is not null)
        {
            TrustCheck.Require(call, policies, role, request.RoleArn, access with { Action = "sts:SetSourceIdentity" }, organization);
        }
        var chained = caller.Type == PrincipalType.AssumedRole;
        var duration = request.DurationSeconds ?? StsDurations.OneHour;
        if (chained && duration > StsDurations.OneHour)
        {
            throw StsErrors.Validation("The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.");
        }
        if (duration > role!.MaxSessionDuration)
        {
            throw StsErrors.Validation("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
        }

        var inherited = chained && caller.AccessKeyId is { } callerKey
            ? await new TemporaryCredentials(store, secrets).FindAsync(callerKey, cancellationToken)
            : null;
        var transitive = SessionTags.Chain(inherited?.TransitiveTags, tags.Tags, tags.TransitiveKeys);
        var sessionTags = new Dictionary<string, string>(IamTags.ToDictionary(role.Tags), StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in transitive.All)
        {
            sessionTags[key] = value;
        }
        var issuedAt = IamClock.ToSeconds(call.Time);
        var assumedRoleId = $"{role.RoleId}:{request.RoleSessionName}";
        var sessionArn = $"arn:aws:sts::{role.AccountId}:assumed-role/{role.RoleName}/{request.RoleSessionName}";
        var sourceIdentity = request.SourceIdentity ?? inherited?.SourceIdentity;
        var credentials = await new TemporaryCredentials(store, secrets).IssueAsync(
            new SessionGrant(PrincipalType.AssumedRole, role.AccountId, sessionArn, assumedRoleId, null, issuedAt, issuedAt.AddSeconds(duration),
                mfaAt ?? caller.Session?.MfaAuthenticatedAt)
            {
                RoleArn = role.Arn,
                RoleName = role.RoleName,
                SessionPolicyDocuments = request.Policy is { } document ? [document] : [],
                SessionPolicyArns = [.. (request.PolicyArns ?? []).Select(p => p.Arn!)],
                Tags = sessionTags,
                TransitiveTags = transitive.Transitive,
                SourceIdentity = sourceIdentity,
            },
            cancellationToken);
        await store.CommitAsync(
            [new StoreWrite.Put(RoleDirectory.LastUsedKey(role.AccountId, role.RoleId), IamJson.Write(new RoleLastUsedEntry(issuedAt, call.Region)))],
            cancellationToken);
        return new AssumeRoleResponse(credentials, new AssumedRoleUser(assumedRoleId, sessionArn), sourceIdentity);
    }

    private async ValueTask<RoleRecord?> FindRoleAsync(string roleArn, CancellationToken cancellationToken)
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

    private static Dictionary<string, ContextValue> ContextKeysOf(AssumeRoleRequest request)
    {
        var keys = new Dictionary<string, ContextValue> { ["sts:RoleSessionName"] = ContextValue.Single(request.RoleSessionName) };
        if (request.ExternalId is { } externalId)
        {
            keys["sts:ExternalId"] = ContextValue.Single(externalId);
        }
        if (request.SourceIdentity is { } sourceIdentity)
        {
            keys["sts:SourceIdentity"] = ContextValue.Single(sourceIdentity);
        }
        if (request.TransitiveTagKeys is { Count: > 0 } transitive)
        {
            keys["sts:TransitiveTagKeys"] = ContextValue.Multiple(transitive);
        }
        return keys;
    }
}
