using Rampart.Kms.Common;

namespace Rampart.Kms.Grants;

/// <summary>The principals a grant may name: an account ID, the ARN of an account, IAM user or role, or an assumed
/// role session, or an AWS service principal.</summary>
public static class GrantPrincipals
{
    public static void Require(string principal, string member)
    {
        var valid = principal.StartsWith("arn:aws:iam::", StringComparison.Ordinal)
            || principal.StartsWith("arn:aws:sts::", StringComparison.Ordinal)
            || (principal.Length == 12 && principal.All(char.IsAsciiDigit))
            || principal.EndsWith(".amazonaws.com", StringComparison.Ordinal);
        if (!valid)
        {
            throw KmsErrors.Validation($"1 validation error detected: Value '{principal}' at '{member}' failed to satisfy constraint: Member must be a valid principal ARN, account ID or service principal");
        }
    }
}
