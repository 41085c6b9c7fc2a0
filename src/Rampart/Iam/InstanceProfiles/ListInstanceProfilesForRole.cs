using Rampart.Iam.Roles;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.InstanceProfiles;

public sealed record ListInstanceProfilesForRoleRequest(string RoleName, string? Marker, int? MaxItems);

public sealed class ListInstanceProfilesForRole(IStore store) : InstanceProfileOperation<ListInstanceProfilesForRoleRequest, ListInstanceProfilesResponse>
{
    public override string Name => "ListInstanceProfilesForRole";

    protected override OperationDeclaration<ListInstanceProfilesForRoleRequest> Declaration { get; } = new()
    {
        Action = "iam:ListInstanceProfilesForRole",
        ReadOnly = true,
        Resources = (request, call) => [Common.IamArn.Role(call.AccountId, Common.IamPath.Root, request.RoleName)],
    };

    protected override async Task<ListInstanceProfilesResponse> HandleAsync(ListInstanceProfilesForRoleRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var role = (await new RoleDirectory(store).RequireAsync(call.AccountId, request.RoleName, cancellationToken)).Role;
        var profiles = new InstanceProfileDirectory(store);
        var page = await profiles.OfRoleAsync(call.AccountId, role.RoleId, request.Marker, request.MaxItems, cancellationToken);
        var outputs = new List<InstanceProfileOutput>();
        foreach (var profile in page.Items)
        {
            outputs.Add(await profiles.OutputAsync(profile, cancellationToken));
        }
        return new ListInstanceProfilesResponse(outputs, page.IsTruncated, page.Marker);
    }
}
