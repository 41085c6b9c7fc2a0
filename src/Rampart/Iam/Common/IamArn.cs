namespace Rampart.Iam.Common;

/// <summary>ARNs of IAM entities: arn:aws:iam::ACCOUNT:TYPE/PATH/NAME, the path's leading slash joining the type.</summary>
public static class IamArn
{
    public static string Of(string accountId, string resourceType, string? path, string name) =>
        $"arn:aws:iam::{accountId}:{resourceType}{IamPath.OrRoot(path)}{name}";

    public static string User(string accountId, string? path, string name) => Of(accountId, "user", path, name);

    public static string Group(string accountId, string? path, string name) => Of(accountId, "group", path, name);

    public static string Role(string accountId, string? path, string name) => Of(accountId, "role", path, name);

    public static string Policy(string accountId, string? path, string name) => Of(accountId, "policy", path, name);

    public static string Root(string accountId) => $"arn:aws:iam::{accountId}:root";
}
