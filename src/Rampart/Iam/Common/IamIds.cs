using Rampart.Identity;

namespace Rampart.Iam.Common;

/// <summary>Unique IDs as IAM makes them: a four-letter prefix naming the kind, then 17 characters (21 in all,
/// like "AIDACKCEVSQ6C2EXAMPLE").</summary>
public static class IamIds
{
    public const string UserPrefix = "AIDA";
    public const string GroupPrefix = "AGPA";
    public const string RolePrefix = "AROA";
    public const string ManagedPolicyPrefix = "ANPA";
    public const string InstanceProfilePrefix = "AIPA";

    public static string NewUserId() => CredentialGenerator.UniqueId(UserPrefix);

    public static string NewGroupId() => CredentialGenerator.UniqueId(GroupPrefix);

    public static string NewRoleId() => CredentialGenerator.UniqueId(RolePrefix);

    public static string NewManagedPolicyId() => CredentialGenerator.UniqueId(ManagedPolicyPrefix);

    public static string NewInstanceProfileId() => CredentialGenerator.UniqueId(InstanceProfilePrefix);
}
