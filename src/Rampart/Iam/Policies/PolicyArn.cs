using Rampart.Protocol;

namespace Rampart.Iam.Policies;

/// <summary>A managed policy's ARN taken apart: arn:aws:iam::ACCOUNT:policy/PATH/NAME, with "aws" as the account of
/// AWS managed policies.</summary>
public sealed record PolicyArn(string AccountId, string Path, string Name)
{
    private const string Prefix = "arn:aws:iam::";

    public const string AwsAccount = "aws";

    public bool IsAwsManaged => AccountId == AwsAccount;

    public override string ToString() => Of(AccountId, Path, Name);

    public static string Of(string accountId, string path, string name) => $"{Prefix}{accountId}:policy{path}{name}";

    /// <summary>Parses an ARN or throws IAM's InvalidInput "ARN X is not valid.".</summary>
    public static PolicyArn Parse(string arn) => TryParse(arn) ?? throw Invalid(arn);

    public static PolicyArn? TryParse(string arn)
    {
        if (!arn.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var colon = arn.IndexOf(':', Prefix.Length);
        if (colon <= Prefix.Length)
        {
            return null;
        }
        var account = arn[Prefix.Length..colon];
        var resource = arn[(colon + 1)..];
        if (!resource.StartsWith("policy/", StringComparison.Ordinal) || (account != AwsAccount && !account.All(char.IsAsciiDigit)))
        {
            return null;
        }
        var lastSlash = resource.LastIndexOf('/');
        var name = resource[(lastSlash + 1)..];
        return name.Length == 0 ? null : new PolicyArn(account, resource["policy".Length..(lastSlash + 1)], name);
    }

    public static AwsException Invalid(string arn) => new("InvalidInput", $"ARN {arn} is not valid.");
}
