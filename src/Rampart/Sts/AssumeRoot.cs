using Rampart.Authorization;
using Rampart.Iam.AccountSettings;
using Rampart.Iam.Common;
using Rampart.Identity.Sessions;
using Rampart.Operations;
using Rampart.Organizations;
using Rampart.Organizations.Delegation;
using Rampart.Policy;
using Rampart.Protocol;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Sts;

public sealed record AssumeRootRequest(string TargetPrincipal, PolicyDescriptor TaskPolicyArn, int? DurationSeconds);

public sealed record AssumeRootResponse(Identity.Sessions.IssuedCredentials Credentials, string? SourceIdentity);

/// <summary>Centralized root access: the management account of an organization that turned on root sessions (or the
/// account it delegated IAM's administration to) takes a short privileged session as the root user of a member
/// account, confined to one of AWS's root-task policies, which the session carries as its session policy. Every
/// condition AWS sets is checked, with its refusal: credentials of an IAM user or role only (never root's), a caller
/// whose policies allow sts:AssumeRoot on the member's root with that task policy, the management or delegated
/// administrator account, a member of the same organization, root sessions enabled, at most 900 seconds.</summary>
public sealed class AssumeRoot(IStore store, SecretProtector secrets, IEnumerable<IOrganizationDirectory> directories, IEnumerable<IPrincipalPolicySource> policySources)
    : Operation<AssumeRootRequest, AssumeRootResponse>
{
    private const string Action = "sts:AssumeRoot";
    private const string IamServicePrincipal = "iam.amazonaws.com";
    private const int MaxDuration = 900;

    private readonly CallerPolicies callerPolicies = new(policySources);
    private readonly OrganizationFeatures features = new(store, directories);
    private readonly IOrganizationDirectory? organizations = directories.FirstOrDefault();

    public override string Service => "sts";

    public override string Name => "AssumeRoot";

    /// <summary>Authorized in the handler: the resource is another account's root, which the caller's own identity
    /// policies govern here (the organization grants the management account this reach), not a resource policy.</summary>
    protected override OperationDeclaration<AssumeRootRequest> Declaration { get; } = new()
    {
        Action = Action,
        ReadOnly = false,
        AuthorizationRequired = false,
        Resources = (request, _) => [RootArn(TargetAccount(request.TargetPrincipal))],
        ContextKeys = (request, _) => new Dictionary<string, ContextValue> { ["sts:TaskPolicyArn"] = ContextValue.Single(request.TaskPolicyArn.Arn ?? "") },
    };

    protected override async Task<AssumeRootResponse> HandleAsync(AssumeRootRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var caller = call.Caller;
        var target = TargetAccount(request.TargetPrincipal);
        if (RootTaskPolicies.DocumentOf(request.TaskPolicyArn.Arn) is not { } taskPolicy)
        {
            throw StsErrors.Validation($"The TaskPolicyArn {request.TaskPolicyArn.Arn} is not one of the AWS managed root-task policies ({RootTaskPolicies.ArnPrefix}...).");
        }
        if (caller.Type == PrincipalType.Root)
        {
            throw StsErrors.AccessDenied("You cannot use root user credentials to call AssumeRoot.");
        }
        var access = Declaration.For(request, call);
        var policies = await callerPolicies.OfAsync(caller, cancellationToken);
        var decision = PolicyEvaluator.Evaluate(new AuthorizationRequest(
            caller.ToPolicyPrincipal(), Action, RootArn(target), GlobalConditionKeys.Build(call, access, null, policies.CallerKeys), policies.Identity)
        {
            ResourceAccount = caller.AccountId,
            PermissionsBoundary = policies.PermissionsBoundary,
            SessionPolicies = policies.SessionPolicies,
            ServiceControlPolicies = policies.ServiceControlPolicies,
        });
        if (!decision.IsAllowed)
        {
            throw StsErrors.AccessDenied(decision.AccessDeniedMessage(caller.Arn, Action, RootArn(target)));
        }

        var placement = organizations is null ? null : await organizations.FindAsync(caller.AccountId, cancellationToken);
        if (placement is null || !(placement.IsManagementAccount || await IsIamDelegateAsync(placement, cancellationToken)))
        {
            throw Refused(caller.Arn, target, "the calling account is not the management account or the delegated administrator for IAM of an organization");
        }
        var member = await organizations!.FindAsync(target, cancellationToken);
        if (member is null || member.OrganizationId != placement.OrganizationId || member.IsManagementAccount)
        {
            throw Refused(caller.Arn, target, $"account {target} is not a member account of organization {placement.OrganizationId}");
        }
        if (!(await features.EnabledAsync(placement.OrganizationId, cancellationToken)).Contains(OrganizationFeatures.RootSessions))
        {
            throw Refused(caller.Arn, target, "centralized root access (RootSessions) is not enabled for the organization");
        }

        var sessions = new TemporaryCredentials(store, secrets);
        var sourceIdentity = caller.Session is not null && caller.AccessKeyId is { } callerKey
            ? (await sessions.FindAsync(callerKey, cancellationToken))?.SourceIdentity
            : null;
        var issuedAt = IamClock.ToSeconds(call.Time);
        var credentials = await sessions.IssueAsync(
            new SessionGrant(PrincipalType.Root, target, RootArn(target), target, null, issuedAt, issuedAt.AddSeconds(request.DurationSeconds ?? MaxDuration), null)
            {
                SessionPolicyDocuments = [taskPolicy],
                AlwaysHasSessionPolicies = true,
                SourceIdentity = sourceIdentity,
            },
            cancellationToken);
        return new AssumeRootResponse(credentials, sourceIdentity);
    }

    /// <summary>Whether the organization registered the caller's account as delegated administrator for IAM, which
    /// lets it manage member accounts' root access as the management account does.</summary>
    private async ValueTask<bool> IsIamDelegateAsync(AccountPlacement placement, CancellationToken cancellationToken) =>
        await store.GetAsync(DelegationKeys.Of(placement.OrganizationId, placement.AccountId, IamServicePrincipal), cancellationToken) is not null;

    private static AwsException Refused(string callerArn, string target, string why) =>
        StsErrors.AccessDenied($"User: {callerArn} is not authorized to perform: {Action} on resource: {RootArn(target)} because {why}");

    /// <summary>TargetPrincipal is a member account's ID or its root's ARN.</summary>
    private static string TargetAccount(string targetPrincipal)
    {
        var account = targetPrincipal.StartsWith("arn:", StringComparison.Ordinal) && targetPrincipal.Split(':') is ["arn", "aws", "iam", "", var id, "root"]
            ? id
            : targetPrincipal;
        return account.Length == 12 && account.All(char.IsAsciiDigit)
            ? account
            : throw StsErrors.Validation($"The TargetPrincipal {targetPrincipal} is not an account ID or an account's root ARN.");
    }

    private static string RootArn(string accountId) => $"arn:aws:iam::{accountId}:root";
}
