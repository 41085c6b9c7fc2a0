using Rampart.Storage;

namespace Rampart.Iam.Policies.Inline;

public sealed record PutGroupPolicyRequest(string GroupName, string PolicyName, string PolicyDocument) : IInlinePolicyWrite
{
    string IHolderRequest.HolderName => GroupName;
}

public sealed class PutGroupPolicy(IStore store) : PutHolderPolicy<PutGroupPolicyRequest>(store, HolderKind.Group);
