using Rampart.Authorization;
using Rampart.Iam.Common;
using Rampart.Iam.Roles;
using Rampart.Operations;
using Rampart.Policy;

namespace Rampart.Sts;

/// <summary>Decides whether a caller may assume a role: the engine evaluates the role's trust policy as a resource
/// policy that must itself allow the caller, together with the caller's own identity policies, boundary, session
/// policies and SCPs, and the RCPs of the role's account. When the trust policy names the caller itself in the same account, the identity policies need
/// not allow sts:AssumeRole, as AWS documents.</summary>
public static class TrustCheck
{
    /// <param name="organization">What the role's organization imposes on its resources: its RCPs and the
    /// aws:ResourceOrg* keys (null outside an organization).</param>
    public static void Require(
        CallContext call, PrincipalPolicies policies, RoleRecord? role, string roleArn, AccessRequirement access, ResourceAccountPolicies? organization = null)
    {
        if (role is null)
        {
            throw Denied(call, access.Action, roleArn, new AuthorizationDecision(Decision.ImplicitDeny, PolicyType.Resource));
        }
        var trust = new ResourceBasedPolicy(TrustPolicyDocument.Compile(role), MustGrantAccess: true);
        var context = GlobalConditionKeys.Build(call, access, IamTags.ToDictionary(role.Tags), policies.CallerKeys, organization?.ResourceKeys);
        var request = new AuthorizationRequest(call.Caller.ToPolicyPrincipal(), access.Action, roleArn, context, policies.Identity)
        {
            ResourceAccount = role.AccountId,
            PermissionsBoundary = policies.PermissionsBoundary,
            SessionPolicies = policies.SessionPolicies,
            ServiceControlPolicies = policies.ServiceControlPolicies,
            ResourceControlPolicies = organization?.ResourceControlPolicies,
            ResourcePolicy = trust,
        };
        var decision = PolicyEvaluator.Evaluate(request);
        if (!decision.IsAllowed)
        {
            throw Denied(call, access.Action, roleArn, decision);
        }
    }

    private static Protocol.AwsException Denied(CallContext call, string action, string roleArn, AuthorizationDecision decision) =>
        StsErrors.AccessDenied(decision.AccessDeniedMessage(call.Caller.Arn, action, roleArn));
}
