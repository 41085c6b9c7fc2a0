namespace Rampart.Policy.Parsing;

/// <summary>A maximum document size. IAM and STS quotas do not count white space (ASCII white space, wherever it
/// appears); Organizations counts every character of an SCP or RCP, and the KMS and resource-policy limits are sizes
/// of the whole text. <see cref="Name"/> is the quota name IAM puts in its message ("Cannot exceed quota for
/// PolicySize: 6144").</summary>
public sealed record PolicySizeQuota(string Name, int Limit, bool CountsWhitespace)
{
    /// <summary>Customer managed policies and permissions boundaries.</summary>
    public static PolicySizeQuota ManagedPolicy { get; } = new("PolicySize", 6144, false);

    /// <summary>All inline policies of one user together.</summary>
    public static PolicySizeQuota UserInlinePolicies { get; } = new("UserPolicySize", 2048, false);

    /// <summary>All inline policies of one group together.</summary>
    public static PolicySizeQuota GroupInlinePolicies { get; } = new("GroupPolicySize", 5120, false);

    /// <summary>All inline policies of one role together.</summary>
    public static PolicySizeQuota RoleInlinePolicies { get; } = new("RolePolicySize", 10240, false);

    /// <summary>A role trust policy at the default quota (adjustable in AWS up to 8,192).</summary>
    public static PolicySizeQuota TrustPolicy { get; } = new("ACLSizePerRole", 2048, false);

    /// <summary>A session policy passed to AssumeRole, GetFederationToken and the other STS calls.</summary>
    public static PolicySizeQuota SessionPolicy { get; } = new("SessionPolicySize", 2048, false);

    public static PolicySizeQuota ServiceControlPolicy { get; } = new("ServiceControlPolicySize", 5120, true);

    public static PolicySizeQuota ResourceControlPolicy { get; } = new("ResourceControlPolicySize", 5120, true);

    /// <summary>A KMS key policy (32 kilobytes).</summary>
    public static PolicySizeQuota KeyPolicy { get; } = new("KeyPolicySize", 32768, true);

    /// <summary>A resource-based policy; each service has its own limit, this is Amazon S3's bucket policy limit (20 KB).</summary>
    public static PolicySizeQuota ResourcePolicy { get; } = new("ResourcePolicySize", 20480, true);

    /// <summary>The quota that applies to a kind when the caller names no other.</summary>
    public static PolicySizeQuota For(PolicyKind kind) => kind switch
    {
        PolicyKind.Identity or PolicyKind.PermissionsBoundary => ManagedPolicy,
        PolicyKind.Trust => TrustPolicy,
        PolicyKind.Session => SessionPolicy,
        PolicyKind.ServiceControl => ServiceControlPolicy,
        PolicyKind.ResourceControl => ResourceControlPolicy,
        PolicyKind.KeyPolicy => KeyPolicy,
        _ => ResourcePolicy,
    };

    /// <summary>The size of <paramref name="document"/> as this quota counts it.</summary>
    public int Measure(string document)
    {
        if (CountsWhitespace)
        {
            return document.Length;
        }

        var size = 0;
        foreach (var c in document)
        {
            if (c is not (' ' or '\t' or '\n' or '\r' or '\v' or '\f'))
            {
                size++;
            }
        }

        return size;
    }
}
