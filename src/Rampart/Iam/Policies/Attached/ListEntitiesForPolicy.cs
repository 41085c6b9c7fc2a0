using Rampart.Iam.Policies.Managed;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Policies.Attached;

public enum EntityFilter
{
    User,
    Role,
    Group,
    LocalManagedPolicy,
    AWSManagedPolicy,
}

public sealed record ListEntitiesForPolicyRequest(
    string PolicyArn, EntityFilter? EntityFilter, string? PathPrefix, PolicyUsage? PolicyUsageFilter, string? Marker, int? MaxItems);

public sealed record PolicyUser(string UserName, string UserId);

public sealed record PolicyGroup(string GroupName, string GroupId);

public sealed record PolicyRole(string RoleName, string RoleId);

public sealed record ListEntitiesForPolicyResponse(
    IReadOnlyList<PolicyGroup> PolicyGroups, IReadOnlyList<PolicyUser> PolicyUsers, IReadOnlyList<PolicyRole> PolicyRoles, bool IsTruncated, string? Marker);

/// <summary>The users, groups and roles a managed policy is attached to (or bounds), one store range scan per page;
/// names are read by ID so renamed entities show their current names.</summary>
public sealed class ListEntitiesForPolicy(IStore store) : IamPolicyOperation<ListEntitiesForPolicyRequest, ListEntitiesForPolicyResponse>
{
    public override string Name => "ListEntitiesForPolicy";

    protected override OperationDeclaration<ListEntitiesForPolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:ListEntitiesForPolicy",
        ReadOnly = true,
        Resources = (request, _) => One(request.PolicyArn),
    };

    protected override async Task<ListEntitiesForPolicyResponse> HandleAsync(
        ListEntitiesForPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new ManagedPolicies(store).GetAsync(call.AccountId, request.PolicyArn, cancellationToken);
        var boundary = request.PolicyUsageFilter switch
        {
            PolicyUsage.PermissionsBoundary => true,
            PolicyUsage.PermissionsPolicy => false,
            _ => (bool?)null,
        };
        var page = await new PolicyAttachments(store).OfPolicyAsync(call.AccountId, request.PolicyArn, boundary, request.Marker, request.MaxItems, cancellationToken);
        var holders = new HolderRecords(store);
        var users = new List<PolicyUser>();
        var groups = new List<PolicyGroup>();
        var roles = new List<PolicyRole>();
        foreach (var entry in page.Items)
        {
            if (!Wanted(entry.HolderKind, request.EntityFilter))
            {
                continue;
            }
            var holder = await holders.FindByIdAsync(call.AccountId, entry.HolderKind, entry.HolderId, cancellationToken);
            if (holder is null || (request.PathPrefix is { } prefix && !holder.Path.StartsWith(prefix, StringComparison.Ordinal)))
            {
                continue;
            }
            if (holder.Kind == HolderKind.User && users.All(u => u.UserId != holder.Id))
            {
                users.Add(new PolicyUser(holder.Name, holder.Id));
            }
            else if (holder.Kind == HolderKind.Group && groups.All(g => g.GroupId != holder.Id))
            {
                groups.Add(new PolicyGroup(holder.Name, holder.Id));
            }
            else if (holder.Kind == HolderKind.Role && roles.All(r => r.RoleId != holder.Id))
            {
                roles.Add(new PolicyRole(holder.Name, holder.Id));
            }
        }
        return new ListEntitiesForPolicyResponse(groups, users, roles, page.IsTruncated, page.Marker);
    }

    private static bool Wanted(HolderKind kind, EntityFilter? filter) => filter switch
    {
        null => true,
        EntityFilter.User => kind == HolderKind.User,
        EntityFilter.Group => kind == HolderKind.Group,
        EntityFilter.Role => kind == HolderKind.Role,
        _ => false,
    };
}
