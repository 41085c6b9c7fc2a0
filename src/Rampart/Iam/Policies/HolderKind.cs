namespace Rampart.Iam.Policies;

/// <summary>The IAM identities that can hold policies.</summary>
public enum HolderKind
{
    User,
    Group,
    Role,
}
