namespace Rampart.Iam.Common;

/// <summary>The store collections of IAM identities. Partition = account ID unless stated otherwise; names are
/// keyed by <see cref="IamName.Key"/> (upper-invariant) because IAM names are unique whatever their case.</summary>
public static class IamCollections
{
    /// <summary>Users by name key.</summary>
    public const string User = "iam.user";

    /// <summary>Copies of the users keyed by <see cref="IamPath.ListingKey"/>, so ListUsers with a PathPrefix is a range scan.</summary>
    public const string UserByPath = "iam.user-path";

    /// <summary>User ID (AIDA...) to name; partition = account ID.</summary>
    public const string UserId = "iam.user-id";

    /// <summary>Groups by name key.</summary>
    public const string Group = "iam.group";

    /// <summary>Copies of the groups keyed by <see cref="IamPath.ListingKey"/>.</summary>
    public const string GroupByPath = "iam.group-path";

    /// <summary>Group ID (AGPA...) to name.</summary>
    public const string GroupId = "iam.group-id";

    /// <summary>Membership seen from the group: key "GROUPID/USERID".</summary>
    public const string GroupMember = "iam.group-member";

    /// <summary>Membership seen from the user: key "USERID/GROUPID".</summary>
    public const string UserGroup = "iam.user-group";

    /// <summary>A user's access keys: key "USERID/AKIA...". The keys themselves live in
    /// <see cref="Identity.IdentityCollections.AccessKey"/> beside the root keys.</summary>
    public const string UserAccessKey = "iam.user-access-key";

    /// <summary>Console passwords: key = user ID.</summary>
    public const string LoginProfile = "iam.login-profile";

    /// <summary>The account's password policy: one item, key <c>"policy"</c>.</summary>
    public const string PasswordPolicy = "iam.password-policy";

    /// <summary>Account aliases by alias, partition "" so that an alias is unique across accounts.</summary>
    public const string AccountAliasGlobal = "iam.account-alias";

    /// <summary>The account's alias: one item, key <c>"alias"</c>.</summary>
    public const string AccountAlias = "iam.account-alias-of";

    /// <summary>The account's credential report: one item, key <c>"report"</c>.</summary>
    public const string CredentialReport = "iam.credential-report";
}
