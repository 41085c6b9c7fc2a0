using Rampart.Iam.Policies;
using Rampart.Iam.Policies.Inline;
using Rampart.Storage;

namespace Rampart.Iam.Roles.Policies;

public sealed record PutRolePolicyRequest(string RoleName, string PolicyName, string PolicyDocument) : IInlinePolicyWrite
{
    string IHolderRequest.HolderName => RoleName;
}

/// <summary>Adds or replaces a role's inline policy, within the 10,240-character aggregate quota of a role.</summary>
public sealed class PutRolePolicy(IStore store) : PutHolderPolicy<PutRolePolicyRequest>(store, HolderKind.Role);
