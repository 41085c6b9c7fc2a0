using Rampart.Iam.Policies;
using Rampart.Iam.Policies.Attached;
using Rampart.Storage;

namespace Rampart.Iam.Roles.Policies;

public sealed record AttachRolePolicyRequest(string RoleName, string PolicyArn) : IAttachmentRequest
{
    string IHolderRequest.HolderName => RoleName;
}

public sealed class AttachRolePolicy(IStore store) : AttachHolderPolicy<AttachRolePolicyRequest>(store, HolderKind.Role);
