using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Managed;

public sealed record UntagPolicyRequest(string PolicyArn, IReadOnlyList<string> TagKeys);

public sealed record UntagPolicyResponse;

/// <summary>Removes tags by key (ignoring case, as IAM compares tag keys); unknown keys are no error.</summary>
public sealed class UntagPolicy(IStore store) : IamPolicyOperation<UntagPolicyRequest, UntagPolicyResponse>
{
    public override string Name => "UntagPolicy";

    protected override OperationDeclaration<UntagPolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:UntagPolicy",
        ReadOnly = false,
        Resources = (request, _) => One(request.PolicyArn),
        ContextKeys = (request, _) => new Dictionary<string, ContextValue> { ["aws:TagKeys"] = ContextValue.Multiple(request.TagKeys) },
    };

    protected override async Task<UntagPolicyResponse> HandleAsync(UntagPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new ManagedPolicies(store).UpdateAsync(
            call.AccountId,
            request.PolicyArn,
            record => record with { Tags = IamTags.Remove(record.Tags, request.TagKeys) },
            cancellationToken);
        return new UntagPolicyResponse();
    }
}
