using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Roles;

public sealed record ListRolesRequest(string? PathPrefix, string? Marker, int? MaxItems);

public sealed record ListRolesResponse(IReadOnlyList<RoleOutput> Roles, bool IsTruncated, string? Marker);

/// <summary>Lists the account's roles by path and name, one range scan per page.</summary>
public sealed class ListRoles(IStore store) : RoleOperation<ListRolesRequest, ListRolesResponse>
{
    public override string Name => "ListRoles";

    protected override OperationDeclaration<ListRolesRequest> Declaration { get; } = new()
    {
        Action = "iam:ListRoles",
        ReadOnly = true,
        Resources = (_, call) => [IamArn.Role(call.AccountId, IamPath.Root, "*")],
    };

    protected override async Task<ListRolesResponse> HandleAsync(ListRolesRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var page = await new RoleDirectory(store).ListAsync(call.AccountId, request.PathPrefix, request.Marker, request.MaxItems, cancellationToken);
        return new ListRolesResponse([.. page.Items.Select(RoleOutput.Listed)], page.IsTruncated, page.Marker);
    }
}
