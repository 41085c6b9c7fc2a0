using Rampart.Storage;

namespace Rampart.Iam.Policies.Inline;

public sealed record DeleteGroupPolicyRequest(string GroupName, string PolicyName) : IInlinePolicyRequest
{
    string IHolderRequest.HolderName => GroupName;
}

public sealed class DeleteGroupPolicy(IStore store) : DeleteHolderPolicy<DeleteGroupPolicyRequest>(store, HolderKind.Group);
