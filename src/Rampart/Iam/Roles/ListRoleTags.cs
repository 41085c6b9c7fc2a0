using System.Globalization;
using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Roles;

public sealed record ListRoleTagsRequest(string RoleName, string? Marker, int? MaxItems);

public sealed record ListRoleTagsResponse(IReadOnlyList<IamTag> Tags, bool IsTruncated, string? Marker);

/// <summary>Lists a role's tags (at most 50, kept in the role's record, so the Marker is an offset).</summary>
public sealed class ListRoleTags(IStore store) : RoleOperation<ListRoleTagsRequest, ListRoleTagsResponse>
{
    public override string Name => "ListRoleTags";

    protected override OperationDeclaration<ListRoleTagsRequest> Declaration { get; } = new()
    {
        Action = "iam:ListRoleTags",
        ReadOnly = true,
        Resources = (request, call) => RoleArn(call, request.RoleName),
    };

    protected override async Task<ListRoleTagsResponse> HandleAsync(ListRoleTagsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var tags = (await new RoleDirectory(store).RequireAsync(call.AccountId, request.RoleName, cancellationToken)).Role.Tags;
        var start = request.Marker is null ? 0
            : int.TryParse(request.Marker, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) ? offset
            : throw IamErrors.Validation("Invalid Marker.");
        var page = tags.Skip(start).Take(request.MaxItems ?? IamPaging.DefaultMaxItems).ToList();
        var next = start + page.Count;
        return next < tags.Count
            ? new ListRoleTagsResponse(page, true, next.ToString(CultureInfo.InvariantCulture))
            : new ListRoleTagsResponse(page, false, null);
    }
}
