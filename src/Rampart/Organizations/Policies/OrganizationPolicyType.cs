using System.Collections.Frozen;
using Rampart.Policy;

namespace Rampart.Organizations.Policies;

/// <summary>One of the policy types of AWS Organizations with the limits AWS sets for it (User Guide, "Quotas and
/// service limits"): how large a document may be, how many may be attached to one root, OU or account, and how many
/// an organization may hold.</summary>
/// <param name="Name">The API's name, e.g. SERVICE_CONTROL_POLICY.</param>
/// <param name="Kind">For the authorization policies (SCPs and RCPs), how the policy engine parses them; null for the
/// management policies, whose documents use the inheritance operators.</param>
/// <param name="AffectsManagementAccount">SCPs and RCPs never limit the management account; management policies
/// apply to it like to any member.</param>
public sealed record OrganizationPolicyType(
    string Name,
    PolicyKind? Kind,
    int MaxSize,
    int MaxAttachedPerTarget,
    int MaxPoliciesInOrganization,
    bool AffectsManagementAccount)
{
    public static readonly OrganizationPolicyType ServiceControl = new("SERVICE_CONTROL_POLICY", PolicyKind.ServiceControl, 5120, 5, 10_000, false);

    public static readonly OrganizationPolicyType ResourceControl = new("RESOURCE_CONTROL_POLICY", PolicyKind.ResourceControl, 5120, 5, 1000, false);

    public static readonly OrganizationPolicyType Tag = Management("TAG_POLICY", 10_000, 10);

    public static readonly OrganizationPolicyType Backup = Management("BACKUP_POLICY", 10_000, 10);

    public static readonly OrganizationPolicyType AiServicesOptOut = Management("AISERVICES_OPT_OUT_POLICY", 2500, 5);

    public static readonly IReadOnlyList<OrganizationPolicyType> All =
    [
        ServiceControl,
        ResourceControl,
        Tag,
        Backup,
        AiServicesOptOut,
        Management("CHATBOT_POLICY", 10_000, 5),
        Management("DECLARATIVE_POLICY_EC2", 10_000, 10),
        Management("SECURITYHUB_POLICY", 10_000, 5),
        Management("INSPECTOR_POLICY", 10_000, 5),
        Management("UPGRADE_ROLLOUT_POLICY", 10_000, 5),
        Management("BEDROCK_POLICY", 10_000, 5),
        Management("S3_POLICY", 10_000, 5),
        Management("NETWORK_SECURITY_DIRECTOR_POLICY", 10_000, 5),
    ];

    private static readonly FrozenDictionary<string, OrganizationPolicyType> ByName = All.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>SCPs and RCPs: documents in the IAM policy language that the engine evaluates on every request.</summary>
    public bool IsAuthorizationPolicy => Kind is not null;

    /// <summary>The type's segment of policy ARNs, e.g. "service_control_policy".</summary>
    public string ArnSegment => Name.ToLowerInvariant();

    public static OrganizationPolicyType? Find(string? name) => name is not null && ByName.TryGetValue(name, out var type) ? type : null;

    /// <summary>The type named in a request; an unknown name is the InvalidInputException AWS answers.</summary>
    public static OrganizationPolicyType Require(string? name) =>
        Find(name) ?? throw PolicyErrors.InvalidPolicyType();

    private static OrganizationPolicyType Management(string name, int maxSize, int maxAttached) =>
        new(name, null, maxSize, maxAttached, 1000, true);
}
