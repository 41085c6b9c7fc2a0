using Rampart.Iam.Policies;
using Rampart.Iam.Policies.Inline;
using Rampart.Storage;

namespace Rampart.Iam.Roles.Policies;

public sealed record DeleteRolePolicyRequest(string RoleName, string PolicyName) : IInlinePolicyRequest
{
    string IHolderRequest.HolderName => RoleName;
}

public sealed class DeleteRolePolicy(IStore store) : DeleteHolderPolicy<DeleteRolePolicyRequest>(store, HolderKind.Role);
