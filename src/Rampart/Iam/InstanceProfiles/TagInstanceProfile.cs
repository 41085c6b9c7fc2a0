using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.InstanceProfiles;

public sealed record TagInstanceProfileRequest(string InstanceProfileName, IReadOnlyList<IamTag> Tags);

/// <summary>Adds tags to an instance profile, replacing the values of keys it already has.</summary>
public sealed class TagInstanceProfile(IStore store) : InstanceProfileOperation<TagInstanceProfileRequest, EmptyResponse>
{
    public override string Name => "TagInstanceProfile";

    protected override OperationDeclaration<TagInstanceProfileRequest> Declaration { get; } = new()
    {
        Action = "iam:TagInstanceProfile",
        ReadOnly = false,
        Resources = (request, call) => ProfileArn(call, request.InstanceProfileName),
        RequestTags = request => IamTags.ToDictionary(request.Tags),
    };

    protected override async Task<EmptyResponse> HandleAsync(TagInstanceProfileRequest request, CallContext call, CancellationToken cancellationToken)
    {
        IamTags.CheckRequested(request.Tags);
        await InstanceProfileTags.ChangeAsync(store, call.AccountId, request.InstanceProfileName, tags => IamTags.Merge(tags, request.Tags, "InstanceProfile"), cancellationToken);
        return EmptyResponse.Instance;
    }
}
