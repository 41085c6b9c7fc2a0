using Rampart.Storage;

namespace Rampart.Iam.Policies.Attached;

public sealed record DetachUserPolicyRequest(string UserName, string PolicyArn) : IAttachmentRequest
{
    string IHolderRequest.HolderName => UserName;
}

public sealed class DetachUserPolicy(IStore store) : DetachHolderPolicy<DetachUserPolicyRequest>(store, HolderKind.User);
