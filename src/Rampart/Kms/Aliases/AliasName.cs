using Rampart.Kms.Common;

namespace Rampart.Kms.Aliases;

/// <summary>AWS's rules for alias names a caller may create or change.</summary>
public static class AliasName
{
    private const string Prefix = "alias/";
    private const string AwsPrefix = "alias/aws/";

    public static void RequireCustomerAlias(string name)
    {
        if (!name.StartsWith(Prefix, StringComparison.Ordinal) || name.Length == Prefix.Length)
        {
            throw KmsErrors.Validation(
                "Alias must start with the prefix \"alias/\". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html");
        }
        if (name.StartsWith(AwsPrefix, StringComparison.Ordinal))
        {
            throw KmsErrors.InvalidAlias($"Alias {name} begins with the reserved prefix alias/aws/; it is used only by AWS managed keys.");
        }
    }

    /// <summary>An alias points to a key by key ID or key ARN, never to another alias.</summary>
    public static void RequireKeyTarget(string targetKeyId)
    {
        if (targetKeyId.StartsWith(Prefix, StringComparison.Ordinal) || targetKeyId.Contains(":alias/", StringComparison.Ordinal))
        {
            throw KmsErrors.Validation("Aliases must refer to keys. Not aliases");
        }
    }
}
