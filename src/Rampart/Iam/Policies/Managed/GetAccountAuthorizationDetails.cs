using System.Text.Json;
using Rampart.Iam.Common;
using Rampart.Iam.Groups;
using Rampart.Iam.InstanceProfiles;
using Rampart.Iam.Policies.Attached;
using Rampart.Iam.Roles;
using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Policies.Managed;

public sealed record GetAccountAuthorizationDetailsRequest(IReadOnlyList<string>? Filter, int? MaxItems, string? Marker);

public sealed record GetAccountAuthorizationDetailsResponse(
    IReadOnlyList<UserDetail> UserDetailList,
    IReadOnlyList<GroupDetail> GroupDetailList,
    IReadOnlyList<RoleDetail> RoleDetailList,
    IReadOnlyList<ManagedPolicyDetail> Policies,
    bool IsTruncated,
    string? Marker);

/// <summary>Every user, group, role and managed policy of the account with their policies, in sections (users,
/// groups, roles, customer managed policies, then the AWS managed policies the account uses), MaxItems entities per page. The marker
/// names the section and the last key read, so each page starts with one range scan.</summary>
public sealed class GetAccountAuthorizationDetails(IStore store)
    : IamPolicyOperation<GetAccountAuthorizationDetailsRequest, GetAccountAuthorizationDetailsResponse>
{
    private static readonly string[] Sections = ["User", "Group", "Role", "LocalManagedPolicy", "AWSManagedPolicy"];

    public override string Name => "GetAccountAuthorizationDetails";

    protected override OperationDeclaration<GetAccountAuthorizationDetailsRequest> Declaration { get; } = new()
    {
        Action = "iam:GetAccountAuthorizationDetails",
        ReadOnly = true,
    };

    protected override async Task<GetAccountAuthorizationDetailsResponse> HandleAsync(
        GetAccountAuthorizationDetailsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var wanted = request.Filter is { Count: > 0 } filter ? filter.ToHashSet(StringComparer.Ordinal) : [.. Sections];
        var (section, after) = Position(PageMarker.Redeem(request.Marker));
        var room = request.MaxItems ?? PageMarker.DefaultMaxItems;
        var users = new List<UserDetail>();
        var groups = new List<GroupDetail>();
        var roles = new List<RoleDetail>();
        var policies = new List<ManagedPolicyDetail>();
        string? next = null;
        for (; section < Sections.Length && next is null; section++, after = null)
        {
            if (!wanted.Contains(Sections[section]))
            {
                continue;
            }
            var (keys, last) = Sections[section] switch
            {
                "User" => await UsersAsync(call.AccountId, after, room, users, cancellationToken),
                "Group" => await GroupsAsync(call.AccountId, after, room, groups, cancellationToken),
                "Role" => await RolesAsync(call.AccountId, after, room, roles, cancellationToken),
                "LocalManagedPolicy" => await LocalPoliciesAsync(call.AccountId, after, room, policies, cancellationToken),
                _ => await AwsPoliciesAsync(call.AccountId, after, room, policies, cancellationToken),
            };
            room -= keys;
            if (last is not null)
            {
                next = Sections[section] + " " + last;
            }
            else if (room == 0 && section + 1 < Sections.Length)
            {
                next = Sections[section + 1] + " ";
            }
        }
        return new GetAccountAuthorizationDetailsResponse(users, groups, roles, policies, next is not null, next is null ? null : PageMarker.Issue(next));
    }

    private static (int Section, string? After) Position(string? marker)
    {
        if (marker is null)
        {
            return (0, null);
        }
        var space = marker.IndexOf(' ', StringComparison.Ordinal);
        var section = space < 0 ? -1 : Array.IndexOf(Sections, marker[..space]);
        return section < 0
            ? throw IamErrors.Validation("Invalid Marker.")
            : (section, marker[(space + 1)..] is { Length: > 0 } after ? after : null);
    }

    /// <summary>Reads up to <paramref name="room"/> items of a section; returns how many and the last key when more remain.</summary>
    private async Task<(int Count, string? Last)> PageAsync(
        string collection, string accountId, string? after, int room, Func<StoredItem, Task> add, CancellationToken cancellationToken)
    {
        if (room == 0)
        {
            return (0, after ?? "");
        }
        var page = await store.ListAsync(new ListQuery(collection, accountId, StartAfter: after, Limit: room), cancellationToken);
        foreach (var item in page.Items)
        {
            await add(item);
        }
        return (page.Items.Count, page.NextStartAfter);
    }

    private Task<(int, string?)> UsersAsync(string accountId, string? after, int room, List<UserDetail> into, CancellationToken cancellationToken) =>
        PageAsync(IamCollections.User, accountId, after, room, async item =>
        {
            var user = IamJson.Read<UserRecord>(item.Json);
            var groupNames = new List<string>();
            await foreach (var membership in IamPaging.AllAsync(store, IamCollections.UserGroup, accountId, user.UserId + "/", cancellationToken))
            {
                if (await new GroupDirectory(store).FindByIdAsync(accountId, membership.Key.Key[(user.UserId.Length + 1)..], cancellationToken) is { } group)
                {
                    groupNames.Add(group.Group.GroupName);
                }
            }
            into.Add(new UserDetail(
                user.Path, user.UserName, user.UserId, user.Arn, user.CreateDate,
                await InlineAsync(accountId, user.UserId, cancellationToken), groupNames,
                await AttachedAsync(accountId, user.UserId, cancellationToken),
                user.PermissionsBoundaryArn is { } boundary ? new AttachedPermissionsBoundary(boundary) : null,
                user.Tags.Count > 0 ? user.Tags : null));
        }, cancellationToken);

    private Task<(int, string?)> GroupsAsync(string accountId, string? after, int room, List<GroupDetail> into, CancellationToken cancellationToken) =>
        PageAsync(IamCollections.Group, accountId, after, room, async item =>
        {
            var group = IamJson.Read<GroupRecord>(item.Json);
            into.Add(new GroupDetail(
                group.Path, group.GroupName, group.GroupId, group.Arn, group.CreateDate,
                await InlineAsync(accountId, group.GroupId, cancellationToken),
                await AttachedAsync(accountId, group.GroupId, cancellationToken)));
        }, cancellationToken);

    private Task<(int, string?)> RolesAsync(string accountId, string? after, int room, List<RoleDetail> into, CancellationToken cancellationToken) =>
        PageAsync(RoleCollections.Role, accountId, after, room, async item =>
        {
            var role = IamJson.Read<RoleRecord>(item.Json);
            var profileDirectory = new InstanceProfileDirectory(store);
            var profiles = new List<InstanceProfileOutput>();
            foreach (var profile in (await profileDirectory.OfRoleAsync(accountId, role.RoleId, null, null, cancellationToken)).Items)
            {
                profiles.Add(await profileDirectory.OutputAsync(profile, cancellationToken));
            }
            into.Add(RoleDetail.Of(
                role, profiles, await InlineAsync(accountId, role.RoleId, cancellationToken), await AttachedAsync(accountId, role.RoleId, cancellationToken),
                await new RoleDirectory(store).LastUsedAsync(accountId, role.RoleId, cancellationToken)));
        }, cancellationToken);

    private Task<(int, string?)> LocalPoliciesAsync(string accountId, string? after, int room, List<ManagedPolicyDetail> into, CancellationToken cancellationToken) =>
        PageAsync(PolicyCollections.ManagedPolicy, accountId, after, room, item =>
        {
            into.Add(ManagedPolicyDetail.Of(ManagedPolicy.FromRecord(JsonSerializer.Deserialize<ManagedPolicyRecord>(item.Json)!, item.Version)));
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>AWS managed policies appear only where the account uses them, as in IAM.</summary>
    private Task<(int, string?)> AwsPoliciesAsync(string accountId, string? after, int room, List<ManagedPolicyDetail> into, CancellationToken cancellationToken) =>
        PageAsync(PolicyCollections.AwsPolicyUsage, accountId, after, room, item =>
        {
            var usage = JsonSerializer.Deserialize<PolicyUsageRecord>(item.Json)!;
            if (AwsManagedPolicies.All.FirstOrDefault(p => p.PolicyName == usage.PolicyName) is { } aws)
            {
                into.Add(ManagedPolicyDetail.Of(ManagedPolicy.FromAws(aws, usage, item.Version)));
            }
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task<IReadOnlyList<PolicyDetail>> InlineAsync(string accountId, string holderId, CancellationToken cancellationToken) =>
        [.. (await new InlinePolicies(store).OfHolderAsync(accountId, holderId, cancellationToken))
            .Select(p => new PolicyDetail(p.PolicyName, Uri.EscapeDataString(p.Document)))];

    private async Task<IReadOnlyList<AttachedPolicy>> AttachedAsync(string accountId, string holderId, CancellationToken cancellationToken) =>
        [.. (await new PolicyAttachments(store).OfHolderAsync(accountId, holderId, cancellationToken)).Select(a => new AttachedPolicy(a.PolicyName, a.PolicyArn))];
}
