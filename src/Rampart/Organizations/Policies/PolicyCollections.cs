namespace Rampart.Organizations.Policies;

/// <summary>The store collections of Organizations policies. Every item lives in its organization's partition, so a
/// deleted organization's policies can never leak into a new one.</summary>
public static class PolicyCollections
{
    /// <summary>Key: policy ID. Value: <see cref="PolicyRecord"/>.</summary>
    public const string Policy = "org.policy";

    /// <summary>Partition: "organization ID/policy type" (so the store counts policies per type); key: policy name.
    /// Value: the policy ID. Makes names unique per type.</summary>
    public const string PolicyName = "org.policy-name";

    /// <summary>Key: "policy ID/target ID". Value: <see cref="AttachmentRecord"/>.</summary>
    public const string PolicyTarget = "org.policy-target";

    /// <summary>Key: "target ID/policy ID". Value: <see cref="AttachmentRecord"/>. Enforcement reads a target's policies here.</summary>
    public const string TargetPolicy = "org.target-policy";

    /// <summary>Key: "target ID/policy ID" of an AWS managed default policy (FullAWSAccess) detached from a target;
    /// without such an item the default policy is attached to every root, OU and account.</summary>
    public const string DefaultDetached = "org.default-detached";

    /// <summary>Key: "target ID/policy type". Rewritten by every attach and detach of that type on that target, each
    /// expecting the version it read, so that concurrent changes cannot together break the per-target limits.</summary>
    public const string TargetTypeGuard = "org.target-type";

    /// <summary>Key: "root ID/policy type". Value: <see cref="EnabledPolicyTypeRecord"/>.</summary>
    public const string EnabledType = "org.policy-type";

    public static string NamePartition(string organizationId, OrganizationPolicyType type) => organizationId + "/" + type.Name;
}
