using Rampart.Policy;

namespace Rampart.Authorization;

/// <summary>AWS's access denied wording: "User: ARN is not authorized to perform: ACTION on resource: RESOURCE"
/// and then why, as the deciding policy type words it.</summary>
public static class AccessDeniedMessage
{
    public static string Format(string principalArn, string action, string resource, AuthorizationDecision decision) =>
        $"User: {principalArn} is not authorized to perform: {action} on resource: {resource} {decision.DenialReason(action)}";
}
