using Rampart.Iam.Common;

namespace Rampart.Iam.Users;

/// <summary>A permissions boundary must name a managed policy, AWS's or the account's.</summary>
public static class PermissionsBoundaryArn
{
    public static void Check(string arn)
    {
        var fields = arn.Split(':', 6);
        if (fields is not ["arn", { Length: > 0 }, "iam", "", var account, var resource]
            || !(account == "aws" || account.Length == 12 && account.All(char.IsAsciiDigit))
            || !resource.StartsWith("policy/", StringComparison.Ordinal))
        {
            throw IamErrors.InvalidInput($"ARN {arn} is not valid.");
        }
    }
}
