using System.Collections.Frozen;
using Rampart.Authorization;
using Rampart.Caching;
using Rampart.Iam.Common;
using Rampart.Iam.Groups;
using Rampart.Iam.InstanceProfiles;
using Rampart.Iam.Roles;
using Rampart.Iam.Users;
using Rampart.Policy;
using Rampart.Policy.Parsing;
using Rampart.Storage;
using Rampart.Storage.Changes;

namespace Rampart.Iam.Policies.Enforcement;

/// <summary>IAM resources as authorization sees them: users, roles, instance profiles and customer managed policies with their tags
/// (aws:ResourceTag/*), groups, and AWS managed policies, which live in AWS's own account and are shared with every
/// account for reading only.</summary>
public sealed class IamResourceLookup(IStore store) : IResourceLookup, ICacheInvalidator
{
    /// <summary>The collections the facts come from. Writes to them are rare beside the reads that authorize every
    /// call on an IAM entity, so any such write simply drops every cached fact.</summary>
    private static readonly FrozenSet<string> FactSources = FrozenSet.ToFrozenSet(
    [
        IamCollections.User, IamCollections.Group, RoleCollections.Role, InstanceProfileDirectory.Collection, PolicyCollections.ManagedPolicy,
    ]);

    private readonly InvalidatingCache<string, ResourceFacts?> facts = new(change =>
        change.Item is { } item && FactSources.Contains(item.Collection) ? CacheImpact<string>.All : CacheImpact<string>.None);

    private static readonly IReadOnlyDictionary<string, string> NoTags = new Dictionary<string, string>();

    /// <summary>AWS's account lets everyone read its managed policies; changing them is nobody's to allow, so
    /// CreatePolicyVersion, DeletePolicy and the like on them end in AccessDenied as they do in AWS.</summary>
    private static readonly ResourceBasedPolicy SharedForReading = new(CompiledPolicy.Compile(PolicyParser.Parse(
        """
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "AwsManagedPoliciesAreReadable",
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": ["iam:GetPolicy", "iam:GetPolicyVersion", "iam:ListPolicyVersions", "iam:ListEntitiesForPolicy", "iam:ListPolicyTags"],
                    "Resource": "*"
                }
            ]
        }
        """,
        PolicyKind.Resource,
        "arn:aws:iam::aws:policy")));

    /// <summary>The longest IAM entity or policy name; a longer one names nothing.</summary>
    private const int MaxNameLength = 128;

    public string ArnService => "iam";

    public ValueTask<ResourceFacts?> FindAsync(string arn, CancellationToken cancellationToken) => facts.GetOrLoadAsync(arn, LoadAsync, cancellationToken);

    public void Invalidate(StoreChange change) => facts.Invalidate(change);

    private async ValueTask<ResourceFacts?> LoadAsync(string arn, CancellationToken cancellationToken)
    {
        var fields = arn.Split(':', 6);
        var slash = fields.Length == 6 ? fields[5].IndexOf('/', StringComparison.Ordinal) : -1;
        if (slash <= 0)
        {
            return null;
        }
        var account = fields[4];
        var type = fields[5][..slash];
        var name = fields[5][(fields[5].LastIndexOf('/') + 1)..];
        // Listing actions are authorized against "user/*"-style ARNs that name no single entity.
        if (name.Length is 0 or > MaxNameLength || name.Contains('*'))
        {
            return null;
        }
        switch (type)
        {
            case "policy" when account == PolicyArn.AwsAccount:
                return AwsManagedPolicies.Find(arn) is null ? null : new ResourceFacts(account, NoTags, SharedForReading);
            case "policy":
                var policy = await new ManagedPolicies(store).FindAsync(account, arn, cancellationToken);
                return policy is null ? null : new ResourceFacts(account, IamTags.ToDictionary(policy.Tags), null);
            case "user":
                var user = await new UserDirectory(store).FindAsync(account, name, cancellationToken);
                return user is null ? null : new ResourceFacts(account, IamTags.ToDictionary(user.User.Tags), null);
            case "role":
                var role = await new RoleDirectory(store).FindAsync(account, name, cancellationToken);
                return role is null ? null : new ResourceFacts(account, IamTags.ToDictionary(role.Role.Tags), null);
            case "instance-profile":
                var profile = await new InstanceProfileDirectory(store).FindAsync(account, name, cancellationToken);
                return profile is null ? null : new ResourceFacts(account, IamTags.ToDictionary(profile.Tags), null);
            case "group":
                return await new GroupDirectory(store).FindAsync(account, name, cancellationToken) is null
                    ? null
                    : new ResourceFacts(account, NoTags, null);
            default:
                return null;
        }
    }
}
