using Rampart.Iam.Common;

namespace Rampart.Iam.Federation;

/// <summary>ARNs of identity providers: arn:aws:iam::ACCOUNT:oidc-provider/HOST/PATH and
/// arn:aws:iam::ACCOUNT:saml-provider/NAME.</summary>
public static class ProviderArn
{
    public const string OidcType = "oidc-provider";
    public const string SamlType = "saml-provider";

    public static string Of(string accountId, string type, string name) => $"arn:aws:iam::{accountId}:{type}/{name}";

    /// <summary>The account and name of a provider ARN of the given type; InvalidInput when the text is no such ARN.</summary>
    public static (string AccountId, string Name) Parse(string arn, string type)
    {
        var fields = arn.Split(':', 6);
        if (fields is not ["arn", "aws", "iam", "", { Length: 12 } account, var resource]
            || !account.All(char.IsAsciiDigit)
            || !resource.StartsWith(type + "/", StringComparison.Ordinal)
            || resource.Length == type.Length + 1)
        {
            throw IamErrors.InvalidInput($"ARN {arn} is not valid.");
        }
        return (account, resource[(type.Length + 1)..]);
    }
}
