namespace Rampart.Policy;

/// <summary>The outcome of <see cref="PolicyEvaluator.Evaluate"/>: the decision and the policy type that decided it.</summary>
public readonly record struct AuthorizationDecision(Decision Decision, PolicyType PolicyType)
{
    public bool IsAllowed => Decision == Decision.Allowed;

    /// <summary>The end of AWS's AccessDenied message, e.g. "because no identity-based policy allows the s3:GetObject
    /// action" or "with an explicit deny in a service control policy"; empty when allowed.</summary>
    public string DenialReason(string action) => Decision switch
    {
        Decision.ExplicitDeny => "with an explicit deny in " + Article(PolicyType),
        Decision.ImplicitDeny => "because no " + Noun(PolicyType) + " allows the " + action + " action",
        _ => "",
    };

    /// <summary>AWS's whole AccessDenied message, e.g. "User: arn:aws:iam::111122223333:user/bob is not authorized to
    /// perform: s3:GetObject on resource: arn:aws:s3:::b/k because no identity-based policy allows the s3:GetObject
    /// action". Actions without a resource ("*") leave out the "on resource" part, as AWS does.</summary>
    public string AccessDeniedMessage(string callerArn, string action, string resource) =>
        resource is "*" or ""
            ? $"User: {callerArn} is not authorized to perform: {action} {DenialReason(action)}"
            : $"User: {callerArn} is not authorized to perform: {action} on resource: {resource} {DenialReason(action)}";

    private static string Article(PolicyType type) => type == PolicyType.Identity ? "an " + Noun(type) : "a " + Noun(type);

    private static string Noun(PolicyType type) => type switch
    {
        PolicyType.ResourceControl => "resource control policy",
        PolicyType.ServiceControl => "service control policy",
        PolicyType.Resource => "resource-based policy",
        PolicyType.PermissionsBoundary => "permissions boundary",
        PolicyType.Session => "session policy",
        _ => "identity-based policy",
    };
}
