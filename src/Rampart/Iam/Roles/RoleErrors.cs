using Rampart.Iam.Common;
using Rampart.Protocol;

namespace Rampart.Iam.Roles;

/// <summary>IAM's errors about roles, in IAM's wording.</summary>
public static class RoleErrors
{
    public static AwsException NoSuchRole(string roleName) => IamErrors.NoSuchEntity($"The role with name {roleName} cannot be found.");

    public static AwsException AlreadyExists(string roleName) => IamErrors.EntityAlreadyExists($"Role with name {roleName} already exists.");
}
