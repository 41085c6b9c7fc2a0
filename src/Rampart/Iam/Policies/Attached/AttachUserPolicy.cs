using Rampart.Storage;

namespace Rampart.Iam.Policies.Attached;

public sealed record AttachUserPolicyRequest(string UserName, string PolicyArn) : IAttachmentRequest
{
    string IHolderRequest.HolderName => UserName;
}

public sealed class AttachUserPolicy(IStore store) : AttachHolderPolicy<AttachUserPolicyRequest>(store, HolderKind.User);
