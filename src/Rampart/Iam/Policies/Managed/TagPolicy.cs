using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Managed;

public sealed record TagPolicyRequest(string PolicyArn, IReadOnlyList<IamTag> Tags);

public sealed record TagPolicyResponse;

public sealed class TagPolicy(IStore store) : IamPolicyOperation<TagPolicyRequest, TagPolicyResponse>
{
    public override string Name => "TagPolicy";

    protected override OperationDeclaration<TagPolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:TagPolicy",
        ReadOnly = false,
        Resources = (request, _) => One(request.PolicyArn),
        RequestTags = request => IamTags.ToDictionary(request.Tags),
    };

    protected override async Task<TagPolicyResponse> HandleAsync(TagPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new ManagedPolicies(store).UpdateAsync(
            call.AccountId, request.PolicyArn, record => record with { Tags = IamTags.Merge(record.Tags, request.Tags, "Policy") }, cancellationToken);
        return new TagPolicyResponse();
    }
}
