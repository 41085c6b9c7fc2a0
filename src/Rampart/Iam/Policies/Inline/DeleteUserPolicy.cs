using Rampart.Storage;

namespace Rampart.Iam.Policies.Inline;

public sealed record DeleteUserPolicyRequest(string UserName, string PolicyName) : IInlinePolicyRequest
{
    string IHolderRequest.HolderName => UserName;
}

public sealed class DeleteUserPolicy(IStore store) : DeleteHolderPolicy<DeleteUserPolicyRequest>(store, HolderKind.User);
