using Rampart.Iam.Common;
using Rampart.Iam.Groups;
using Rampart.Iam.Policies;
using Rampart.Iam.Policies.Enforcement;
using Rampart.Iam.Roles;
using Rampart.Iam.Users;
using Rampart.Storage;

namespace Rampart.Iam.LastAccessed;

/// <summary>Resolves the ARN of a user, group, role or managed policy into an <see cref="AccessSubject"/>: a user
/// with its own and its groups' policies; a group with its members; a role; a policy with the users and roles it
/// reaches directly or through groups.</summary>
public sealed class AccessSubjects(IStore store, IamPolicySource policySource)
{
    private const int MaxListed = 1000;

    public async ValueTask<AccessSubject> ResolveAsync(string accountId, string arn, CancellationToken cancellationToken)
    {
        var fields = arn.Split(':', 6);
        var slash = fields.Length == 6 ? fields[5].IndexOf('/', StringComparison.Ordinal) : -1;
        if (fields.Length != 6 || fields[0] != "arn" || fields[2] != "iam" || slash <= 0)
        {
            throw IamErrors.InvalidInput($"ARN {arn} is not valid.");
        }
        var type = fields[5][..slash];
        var name = fields[5][(fields[5].LastIndexOf('/') + 1)..];
        if (type == "policy")
        {
            return await PolicyAsync(accountId, arn, cancellationToken);
        }
        if (fields[4] != accountId)
        {
            throw NotFound(arn);
        }
        return type switch
        {
            "user" => await UserAsync(accountId, name, cancellationToken) ?? throw NotFound(arn),
            "role" => await RoleAsync(accountId, name, cancellationToken) ?? throw NotFound(arn),
            "group" => await GroupAsync(accountId, name, cancellationToken) ?? throw NotFound(arn),
            _ => throw IamErrors.InvalidInput($"ARN {arn} does not name a user, group, role or policy."),
        };
    }

    private async ValueTask<AccessSubject?> UserAsync(string accountId, string name, CancellationToken cancellationToken)
    {
        if (await new UserDirectory(store).FindAsync(accountId, name, cancellationToken) is not { } stored)
        {
            return null;
        }
        var user = stored.User;
        var held = new List<HeldPolicies> { await HeldAsync(accountId, HolderKind.User, user.UserName, user.UserId, cancellationToken) };
        foreach (var group in await new GroupMembership(store).GroupsOfUserAsync(accountId, user.UserId, cancellationToken))
        {
            held.Add(await HeldAsync(accountId, HolderKind.Group, group.GroupName, group.GroupId, cancellationToken));
        }
        return new AccessSubject([Entity(user)], held);
    }

    private async ValueTask<AccessSubject?> RoleAsync(string accountId, string name, CancellationToken cancellationToken)
    {
        if (await new RoleDirectory(store).FindAsync(accountId, name, cancellationToken) is not { } stored)
        {
            return null;
        }
        var role = stored.Role;
        return new AccessSubject(
            [new SubjectEntity(HolderKind.Role, role.RoleName, role.RoleId, role.Path, role.Arn)],
            [await HeldAsync(accountId, HolderKind.Role, role.RoleName, role.RoleId, cancellationToken)]);
    }

    private async ValueTask<AccessSubject?> GroupAsync(string accountId, string name, CancellationToken cancellationToken)
    {
        if (await new GroupDirectory(store).FindAsync(accountId, name, cancellationToken) is not { } stored)
        {
            return null;
        }
        var group = stored.Group;
        var members = await new GroupMembership(store).MembersPageAsync(accountId, group.GroupId, null, MaxListed, cancellationToken);
        return new AccessSubject(
            [.. members.Items.Select(Entity)],
            [await HeldAsync(accountId, HolderKind.Group, group.GroupName, group.GroupId, cancellationToken)]);
    }

    private async ValueTask<AccessSubject> PolicyAsync(string accountId, string arn, CancellationToken cancellationToken)
    {
        var policy = await policySource.ManagedAsync(accountId, arn, cancellationToken) ?? throw NotFound(arn);
        var attachments = await new PolicyAttachments(store).OfPolicyAsync(accountId, arn, false, null, MaxListed, cancellationToken);
        var holders = new HolderRecords(store);
        var entities = new List<SubjectEntity>();
        foreach (var attachment in attachments.Items)
        {
            if (await holders.FindByIdAsync(accountId, attachment.HolderKind, attachment.HolderId, cancellationToken) is not { } holder)
            {
                continue;
            }
            if (holder.Kind == HolderKind.Group)
            {
                var members = await new GroupMembership(store).MembersPageAsync(accountId, holder.Id, null, MaxListed, cancellationToken);
                entities.AddRange(members.Items.Select(Entity));
            }
            else
            {
                entities.Add(new SubjectEntity(holder.Kind, holder.Name, holder.Id, holder.Path, holder.Arn));
            }
        }
        return new AccessSubject([.. entities.DistinctBy(e => e.Id)], [new HeldPolicies(null, null, [policy])]);
    }

    private async ValueTask<HeldPolicies> HeldAsync(string accountId, HolderKind kind, string name, string id, CancellationToken cancellationToken)
    {
        var policies = new List<SourcedPolicy>();
        await policySource.AddHolderAsync(policies, accountId, id, cancellationToken);
        return new HeldPolicies(kind, name, policies);
    }

    private static SubjectEntity Entity(UserRecord user) => new(HolderKind.User, user.UserName, user.UserId, user.Path, user.Arn);

    private static Protocol.AwsException NotFound(string arn) => IamErrors.NoSuchEntity($"The entity {arn} cannot be found.");
}
