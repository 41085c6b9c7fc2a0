using Rampart.Policy;

namespace Rampart.Authorization;

/// <summary>AWS's access denied wording: "User: ARN is not authorized to perform: ACTION on resource: RESOURCE"
/// and then why, as the deciding policy type words it, ending with the ARN of the policy that explicitly denied when
/// AWS names it (": arn:aws:organizations::...:policy/o-.../service_control_policy/p-...").</summary>
public static class AccessDeniedMessage
{
    public static string Format(string principalArn, string action, string resource, AuthorizationDecision decision, string? denyingPolicyArn = null) =>
        $"User: {principalArn} is not authorized to perform: {action} on resource: {resource} {decision.DenialReason(action)}"
        + (denyingPolicyArn is null ? "" : ": " + denyingPolicyArn);
}
