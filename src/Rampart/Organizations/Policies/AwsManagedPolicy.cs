using Rampart.Policy;
using Rampart.Policy.Parsing;

namespace Rampart.Organizations.Policies;

/// <summary>A policy AWS provides to every organization: it cannot be changed or deleted, and while its type is
/// enabled it is attached to every root, OU and account that has not had it detached.</summary>
/// <param name="Detachable">FullAWSAccess may be detached once another SCP is attached; RCPFullAWSAccess never.</param>
public sealed record AwsManagedPolicy(string Id, string Name, string Description, OrganizationPolicyType Type, string Content, bool Detachable)
{
    public static readonly AwsManagedPolicy FullAwsAccess = new(
        "p-FullAWSAccess",
        "FullAWSAccess",
        "Allows access to every operation",
        OrganizationPolicyType.ServiceControl,
        """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""",
        Detachable: true);

    public static readonly AwsManagedPolicy RcpFullAwsAccess = new(
        "p-RCPFullAWSAccess",
        "RCPFullAWSAccess",
        "Allows access to every operation",
        OrganizationPolicyType.ResourceControl,
        """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}""",
        Detachable: false);

    public static readonly IReadOnlyList<AwsManagedPolicy> All = [FullAwsAccess, RcpFullAwsAccess];

    public string Arn => $"arn:aws:organizations::aws:policy/{Type.ArnSegment}/{Id}";

    /// <summary>Compiled once for the whole process: every target of every organization shares it.</summary>
    public CompiledPolicy Compiled => compiled.Value;

    private readonly Lazy<CompiledPolicy> compiled = new(() => CompiledPolicy.Compile(PolicyParser.Parse(Content, Type.Kind!.Value, Id)));

    public static AwsManagedPolicy? Find(string policyId) => All.FirstOrDefault(p => p.Id == policyId);

    /// <summary>The default policy of a type, if AWS provides one.</summary>
    public static AwsManagedPolicy? DefaultOf(OrganizationPolicyType type) => All.FirstOrDefault(p => p.Type == type);
}
