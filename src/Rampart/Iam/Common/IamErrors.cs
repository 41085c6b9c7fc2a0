using Rampart.Protocol;

namespace Rampart.Iam.Common;

/// <summary>IAM's errors with their codes and HTTP statuses (from the API model); messages follow IAM's wording.</summary>
public static class IamErrors
{
    public static AwsException NoSuchEntity(string message) => new("NoSuchEntity", message, 404);

    public static AwsException EntityAlreadyExists(string message) => new("EntityAlreadyExists", message, 409);

    public static AwsException DeleteConflict(string message) => new("DeleteConflict", message, 409);

    public static AwsException LimitExceeded(string message) => new("LimitExceeded", message, 409);

    public static AwsException InvalidInput(string message) => new("InvalidInput", message, 400);

    public static AwsException Validation(string message) => new("ValidationError", message, 400);

    public static AwsException PasswordPolicyViolation(string message) => new("PasswordPolicyViolation", message, 400);

    public static AwsException NoSuchUser(string userName) => NoSuchEntity($"The user with name {userName} cannot be found.");

    public static AwsException NoSuchGroup(string groupName) => NoSuchEntity($"The group with name {groupName} cannot be found.");

    /// <summary>IAM's generic "Cannot delete entity, must X first." conflict.</summary>
    public static AwsException MustDeleteFirst(string what) => DeleteConflict($"Cannot delete entity, must {what} first.");
}
