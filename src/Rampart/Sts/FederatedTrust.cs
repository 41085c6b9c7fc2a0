using Rampart.Authorization;
using Rampart.Iam.Common;
using Rampart.Iam.Roles;
using Rampart.Identity;
using Rampart.Operations;
using Rampart.Policy;

namespace Rampart.Sts;

/// <summary>Whether a role's trust policy lets an identity provider's user in. Such a caller has no policies of its
/// own, so only a trust policy statement naming the provider as "Federated" principal can allow, with the claims of
/// the token or assertion as condition keys. AWS's answer to a refusal names only the action.</summary>
public static class FederatedTrust
{
    public static void Require(CallContext call, RoleRecord? role, Principal federated, string action, IReadOnlyDictionary<string, ContextValue> keys,
        IReadOnlyDictionary<string, string> sessionTags)
    {
        if (role is null || !Allows(call, role, federated, action, keys, sessionTags))
        {
            throw StsErrors.AccessDenied($"Not authorized to perform {action}");
        }
    }

    /// <param name="sessionTags">Tags the provider asks the session to carry: aws:RequestTag/* and aws:TagKeys.</param>
    public static bool Allows(CallContext call, RoleRecord role, Principal federated, string action, IReadOnlyDictionary<string, ContextValue> keys,
        IReadOnlyDictionary<string, string> sessionTags)
    {
        var callAsFederated = call with { Caller = federated };
        var access = new AccessRequirement(action, [role.Arn], keys, sessionTags, ReadOnly: false, AuthorizationRequired: true);
        var request = new AuthorizationRequest(
            new PrincipalInfo(federated.Arn, federated.Type, null, null, federated.UserId),
            action,
            role.Arn,
            GlobalConditionKeys.Build(callAsFederated, access, IamTags.ToDictionary(role.Tags)),
            [])
        {
            ResourceAccount = role.AccountId,
            ResourcePolicy = new ResourceBasedPolicy(TrustPolicyDocument.Compile(role), MustGrantAccess: true),
        };
        return PolicyEvaluator.Evaluate(request).IsAllowed;
    }
}
