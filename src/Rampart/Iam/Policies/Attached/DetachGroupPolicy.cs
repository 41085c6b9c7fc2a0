using Rampart.Storage;

namespace Rampart.Iam.Policies.Attached;

public sealed record DetachGroupPolicyRequest(string GroupName, string PolicyArn) : IAttachmentRequest
{
    string IHolderRequest.HolderName => GroupName;
}

public sealed class DetachGroupPolicy(IStore store) : DetachHolderPolicy<DetachGroupPolicyRequest>(store, HolderKind.Group);
