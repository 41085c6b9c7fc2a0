using Rampart.Authorization;
using Rampart.Iam.AccountSettings;
using Rampart.Operations;
using Rampart.Organizations;
using Rampart.Policy;
using Rampart.Protocol;
using Rampart.Storage;

namespace Rampart.Sts;

public sealed record AssumeRootRequest(string TargetPrincipal, PolicyDescriptor TaskPolicyArn, int? DurationSeconds);

public sealed record AssumeRootResponse(Identity.Sessions.IssuedCredentials Credentials, string? SourceIdentity);

/// <summary>Centralized root access: the management account of an organization that turned on root sessions asks
/// for a short privileged session as the root user of a member account, scoped by one of AWS's root-task policies.
/// Every condition AWS sets is checked, with its refusal: session credentials of an IAM user or role only (never
/// root's), a caller whose policies allow sts:AssumeRoot on the member's root with that task policy, the
/// management account, a member of the same organization, root sessions enabled, at most 900 seconds.</summary>
public sealed class AssumeRoot(IStore store, IEnumerable<IOrganizationDirectory> directories, IEnumerable<IPrincipalPolicySource> policySources)
    : Operation<AssumeRootRequest, AssumeRootResponse>
{
    private const string Action = "sts:AssumeRoot";
    private const string TaskPolicyPrefix = "arn:aws:iam::aws:policy/root-task/";

    /// <summary>The AWS managed policies a root session may be scoped to (IAM: "Perform a privileged task").</summary>
    private static readonly string[] TaskPolicies =
        ["IAMAuditRootUserCredentials", "IAMCreateRootUserPassword", "IAMDeleteRootUserCredentials", "S3UnlockBucketPolicy", "SQSUnlockQueuePolicy"];

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
        if (request.TaskPolicyArn.Arn is not { } taskPolicy
            || !taskPolicy.StartsWith(TaskPolicyPrefix, StringComparison.Ordinal) || !TaskPolicies.Contains(taskPolicy[TaskPolicyPrefix.Length..]))
        {
            throw StsErrors.Validation($"The TaskPolicyArn {request.TaskPolicyArn.Arn} is not one of the AWS managed root-task policies ({TaskPolicyPrefix}...).");
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
        if (placement is not { IsManagementAccount: true })
        {
            throw Refused(caller.Arn, target, "the calling account is not the management account of an organization");
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
        // The policy engine grants a root caller everything and disregards session policies for it, so a root
        // session scoped to its task policy cannot be enforced yet; issuing one would grant far more than the task.
        throw new AwsException("NotImplemented",
            "Rampart cannot yet confine a root session to its task policy, so it issues no AssumeRoot credentials.", 501, senderFault: false);
    }

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
