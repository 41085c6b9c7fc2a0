using Rampart.Authorization;
using Rampart.Iam.Common;
using Rampart.Iam.Groups;
using Rampart.Iam.Policies;
using Rampart.Iam.Policies.Enforcement;
using Rampart.Iam.Roles;
using Rampart.Iam.Users;
using Rampart.Identity;
using Rampart.Policy;
using Rampart.Protocol;
using Rampart.Storage;

namespace Rampart.Iam.Simulator;

/// <summary>Resolves SimulatePrincipalPolicy's PolicySourceArn to the principal and the policies the enforcement point
/// would use for it: a user's own and its groups' policies, its boundary and its account's SCPs; a group's policies.</summary>
public sealed class SimulationSubjects(IStore store, IEnumerable<IPrincipalPolicySource> sources)
{
    private readonly IPrincipalPolicySource[] others = [.. sources.Where(s => s is not IamPolicySource)];
    private readonly IamPolicySource iam = sources.OfType<IamPolicySource>().Single();

    public async ValueTask<SimulatedPrincipal> ResolveAsync(string policySourceArn, string accountId, CancellationToken cancellationToken)
    {
        var fields = policySourceArn.Split(':', 6);
        if (fields is not ["arn", _, "iam", "", var account, var resource] || resource.IndexOf('/', StringComparison.Ordinal) <= 0)
        {
            throw IamErrors.InvalidInput($"Invalid ARN: {policySourceArn}");
        }
        var type = resource[..resource.IndexOf('/', StringComparison.Ordinal)];
        var name = resource[(resource.LastIndexOf('/') + 1)..];
        if (account != accountId || name.Length == 0)
        {
            throw IamErrors.NoSuchEntity($"The {type} with name {name} cannot be found.");
        }
        return type switch
        {
            "user" => await UserAsync(accountId, name, cancellationToken),
            "group" => await GroupAsync(accountId, name, cancellationToken),
            "role" => await RoleAsync(accountId, name, cancellationToken),
            _ => throw IamErrors.InvalidInput($"PolicySourceArn {policySourceArn} is not a user, group or role."),
        };
    }

    private async ValueTask<SimulatedPrincipal> UserAsync(string accountId, string name, CancellationToken cancellationToken)
    {
        var user = (await new UserDirectory(store).RequireAsync(accountId, name, cancellationToken)).User;
        var (identity, boundary) = await iam.UserPoliciesAsync(accountId, user.UserId, user.UserName, cancellationToken);
        var tags = IamTags.ToDictionary(user.Tags);
        var principal = new Principal(PrincipalType.User, user.Arn, accountId, user.UserId, user.UserName, tags, null, null);
        var found = PrincipalPolicies.None;
        foreach (var source in others)
        {
            found = await source.AddPoliciesAsync(principal, found, cancellationToken);
        }
        return new SimulatedPrincipal(principal.ToPolicyPrincipal(), identity, boundary, tags, found.ServiceControlPolicies);
    }

    /// <summary>A role is simulated as a session of it: its policies and boundary, the SCPs of its account.</summary>
    private async ValueTask<SimulatedPrincipal> RoleAsync(string accountId, string name, CancellationToken cancellationToken)
    {
        var role = (await new RoleDirectory(store).FindAsync(accountId, name, cancellationToken))?.Role
            ?? throw IamErrors.NoSuchEntity($"The role with name {name} cannot be found.");
        var identity = new List<SourcedPolicy>();
        await iam.AddHolderAsync(identity, accountId, role.RoleId, cancellationToken);
        var boundary = role.PermissionsBoundaryArn is { } arn ? await iam.ManagedAsync(accountId, arn, cancellationToken) : null;
        var tags = IamTags.ToDictionary(role.Tags);
        var principal = new PrincipalInfo(role.Arn, PrincipalType.AssumedRole, accountId, role.Arn, role.RoleId);
        return new SimulatedPrincipal(principal, identity, boundary, tags, null);
    }

    private async ValueTask<SimulatedPrincipal> GroupAsync(string accountId, string name, CancellationToken cancellationToken)
    {
        var group = await new GroupDirectory(store).FindAsync(accountId, name, cancellationToken) ?? throw IamErrors.NoSuchGroup(name);
        var identity = new List<SourcedPolicy>();
        await iam.AddHolderAsync(identity, accountId, group.Group.GroupId, cancellationToken);
        return new SimulatedPrincipal(null, identity, null, new Dictionary<string, string>(), null);
    }
}
