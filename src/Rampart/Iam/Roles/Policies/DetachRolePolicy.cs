using Rampart.Iam.Policies;
using Rampart.Iam.Policies.Attached;
using Rampart.Storage;

namespace Rampart.Iam.Roles.Policies;

public sealed record DetachRolePolicyRequest(string RoleName, string PolicyArn) : IAttachmentRequest
{
    string IHolderRequest.HolderName => RoleName;
}

public sealed class DetachRolePolicy(IStore store) : DetachHolderPolicy<DetachRolePolicyRequest>(store, HolderKind.Role);
