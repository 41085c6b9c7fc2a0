namespace Rampart.Policy;

/// <summary>The policy types a decision can come from, in the order AWS evaluates them.</summary>
public enum PolicyType
{
    /// <summary>No policy decided: the root user acting in its own account.</summary>
    None,
    ResourceControl,
    ServiceControl,
    /// <summary>A resource-based policy, including role trust policies and KMS key policies.</summary>
    Resource,
    Identity,
    PermissionsBoundary,
    Session,
}
