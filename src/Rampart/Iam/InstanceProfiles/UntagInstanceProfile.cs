using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;

namespace Rampart.Iam.InstanceProfiles;

public sealed record UntagInstanceProfileRequest(string InstanceProfileName, IReadOnlyList<string> TagKeys);

/// <summary>Removes tags from an instance profile; keys it does not have are ignored.</summary>
public sealed class UntagInstanceProfile(IStore store) : InstanceProfileOperation<UntagInstanceProfileRequest, EmptyResponse>
{
    public override string Name => "UntagInstanceProfile";

    protected override OperationDeclaration<UntagInstanceProfileRequest> Declaration { get; } = new()
    {
        Action = "iam:UntagInstanceProfile",
        ReadOnly = false,
        Resources = (request, call) => ProfileArn(call, request.InstanceProfileName),
        ContextKeys = (request, _) => new Dictionary<string, ContextValue> { ["aws:TagKeys"] = ContextValue.Multiple(request.TagKeys) },
    };

    protected override async Task<EmptyResponse> HandleAsync(UntagInstanceProfileRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await InstanceProfileTags.ChangeAsync(store, call.AccountId, request.InstanceProfileName, tags => IamTags.Remove(tags, request.TagKeys), cancellationToken);
        return EmptyResponse.Instance;
    }
}
