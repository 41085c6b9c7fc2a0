using Rampart.Storage;

namespace Rampart.Iam.Policies.Attached;

public sealed record AttachGroupPolicyRequest(string GroupName, string PolicyArn) : IAttachmentRequest
{
    string IHolderRequest.HolderName => GroupName;
}

public sealed class AttachGroupPolicy(IStore store) : AttachHolderPolicy<AttachGroupPolicyRequest>(store, HolderKind.Group);
