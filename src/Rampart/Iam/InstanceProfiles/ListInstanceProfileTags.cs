using Rampart.Iam.Common;
using Rampart.Iam.UserCredentials;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.InstanceProfiles;

public sealed record ListInstanceProfileTagsRequest(string InstanceProfileName, string? Marker, int? MaxItems);

public sealed record ListInstanceProfileTagsResponse(IReadOnlyList<IamTag> Tags, bool IsTruncated, string? Marker);

/// <summary>Lists an instance profile's tags.</summary>
public sealed class ListInstanceProfileTags(IStore store) : InstanceProfileOperation<ListInstanceProfileTagsRequest, ListInstanceProfileTagsResponse>
{
    public override string Name => "ListInstanceProfileTags";

    protected override OperationDeclaration<ListInstanceProfileTagsRequest> Declaration { get; } = new()
    {
        Action = "iam:ListInstanceProfileTags",
        ReadOnly = true,
        Resources = (request, call) => ProfileArn(call, request.InstanceProfileName),
    };

    protected override async Task<ListInstanceProfileTagsResponse> HandleAsync(ListInstanceProfileTagsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var (profile, _) = await new InstanceProfileDirectory(store).RequireAsync(call.AccountId, request.InstanceProfileName, cancellationToken);
        var page = SmallPage.Of(profile.Tags, request.Marker, request.MaxItems);
        return new ListInstanceProfileTagsResponse(page.Items, page.IsTruncated, page.Marker);
    }
}
