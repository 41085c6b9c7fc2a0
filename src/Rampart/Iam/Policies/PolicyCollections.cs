namespace Rampart.Iam.Policies;

/// <summary>The store collections of IAM policies; every one is partitioned by account ID.</summary>
public static class PolicyCollections
{
    /// <summary>Customer managed policies, keyed by upper-case name (names are unique per account whatever the path).</summary>
    public const string ManagedPolicy = "iam.managed-policy";

    /// <summary>How often an account uses each AWS managed policy, keyed by policy name; absent while unused.</summary>
    public const string AwsPolicyUsage = "iam.aws-policy-usage";

    /// <summary>Managed policies attached to users, groups and roles, keyed by holder then policy ARN.</summary>
    public const string Attachment = "iam.policy-attachment";

    /// <summary>The same attachments keyed by policy ARN then holder, for ListEntitiesForPolicy.</summary>
    public const string AttachedEntity = "iam.policy-attached-entity";

    /// <summary>Inline policies, keyed by holder then policy name.</summary>
    public const string InlinePolicy = "iam.inline-policy";

    /// <summary>Per user, group or role: how many managed policies it has, its inline policies' total size and its
    /// permissions boundary.</summary>
    public const string HolderPolicies = "iam.holder-policies";
}
