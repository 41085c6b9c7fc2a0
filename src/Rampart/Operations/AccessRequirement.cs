using Rampart.Policy;

namespace Rampart.Operations;

/// <summary>What one call must be authorized for, computed from its declaration and typed request.</summary>
/// <param name="Action">The IAM action, e.g. "iam:CreateUser".</param>
/// <param name="Resources">The resource ARNs the action touches ("*" for actions without a resource type).</param>
/// <param name="ContextKeys">The operation's own condition keys (service-specific keys, never the global ones).</param>
/// <param name="RequestTags">Tags the request asks to set: they become aws:RequestTag/* and aws:TagKeys.</param>
/// <param name="ReadOnly">Whether the call changes nothing (CloudTrail's readOnly).</param>
/// <param name="AuthorizationRequired">False only for operations AWS answers for any authenticated caller,
/// even under an explicit deny (sts:GetCallerIdentity).</param>
public sealed record AccessRequirement(
    string Action,
    IReadOnlyList<string> Resources,
    IReadOnlyDictionary<string, ContextValue> ContextKeys,
    IReadOnlyDictionary<string, string> RequestTags,
    bool ReadOnly,
    bool AuthorizationRequired)
{
    /// <summary>Further actions the call must also be allowed; each is authorized like this one.</summary>
    public IReadOnlyList<AccessRequirement> AlsoRequired { get; init; } = [];

    /// <summary>Whether the call's CloudTrail record carries its response as responseElements.</summary>
    public bool RecordsResponse { get; init; } = !ReadOnly;
}
