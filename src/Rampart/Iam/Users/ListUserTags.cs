using System.Globalization;
using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Users;

/// <summary>Lists a user's tags (at most 50, so they page within the user's record; the Marker is an offset).</summary>
public sealed class ListUserTags(IStore store) : Operation<ListUserTagsRequest, ListUserTagsResponse>
{
    private readonly UserDirectory users = new(store);

    public override string Service => "iam";

    public override string Name => "ListUserTags";

    protected override OperationDeclaration<ListUserTagsRequest> Declaration { get; } = new()
    {
        Action = "iam:ListUserTags",
        ReadOnly = true,
        Resources = (request, call) => [IamArn.User(call.AccountId, IamPath.Root, request.UserName)],
    };

    protected override async Task<ListUserTagsResponse> HandleAsync(ListUserTagsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var user = await users.RequireAsync(call.AccountId, request.UserName, cancellationToken);
        var start = request.Marker is null ? 0
            : int.TryParse(request.Marker, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) ? offset
            : throw IamErrors.Validation("Invalid Marker.");
        var take = request.MaxItems ?? IamPaging.DefaultMaxItems;
        var tags = user.User.Tags.Skip(start).Take(take).ToList();
        var next = start + tags.Count;
        return next < user.User.Tags.Count
            ? new ListUserTagsResponse(tags, true, next.ToString(CultureInfo.InvariantCulture))
            : new ListUserTagsResponse(tags, false, null);
    }
}
