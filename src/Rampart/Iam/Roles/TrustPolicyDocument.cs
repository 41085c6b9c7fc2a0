using Rampart.Iam.Policies;
using Rampart.Policy;
using Rampart.Policy.Parsing;

namespace Rampart.Iam.Roles;

/// <summary>Role trust policies: validated by the engine's parser as trust policies under IAM's 2,048-character
/// quota, and compiled for AssumeRole.</summary>
public static class TrustPolicyDocument
{
    public static void Validate(string document, string roleName) =>
        PolicyDocuments.Parse(document, $"role {roleName} trust policy", PolicySizeQuota.TrustPolicy, PolicyKind.Trust);

    public static CompiledPolicy Compile(RoleRecord role) =>
        CompiledPolicy.Compile(PolicyParser.Parse(role.AssumeRolePolicyDocument, PolicyKind.Trust, role.Arn, PolicySizeQuota.TrustPolicy));
}
