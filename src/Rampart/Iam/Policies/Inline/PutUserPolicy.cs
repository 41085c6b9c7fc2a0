using Rampart.Storage;

namespace Rampart.Iam.Policies.Inline;

public sealed record PutUserPolicyRequest(string UserName, string PolicyName, string PolicyDocument) : IInlinePolicyWrite
{
    string IHolderRequest.HolderName => UserName;
}

public sealed class PutUserPolicy(IStore store) : PutHolderPolicy<PutUserPolicyRequest>(store, HolderKind.User);
