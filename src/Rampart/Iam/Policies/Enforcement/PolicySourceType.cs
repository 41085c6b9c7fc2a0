namespace Rampart.Iam.Policies.Enforcement;

/// <summary>Where a policy comes from, spelled as the model's PolicySourceType.</summary>
public static class PolicySourceType
{
    public const string User = "user";
    public const string Group = "group";
    public const string Role = "role";
    public const string AwsManaged = "aws-managed";
    public const string UserManaged = "user-managed";
    public const string Resource = "resource";
    public const string None = "none";

    public static string Of(HolderKind kind) => kind switch
    {
        HolderKind.User => User,
        HolderKind.Group => Group,
        _ => Role,
    };
}
