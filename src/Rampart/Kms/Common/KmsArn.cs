namespace Rampart.Kms.Common;

/// <summary>ARNs of KMS keys and aliases.</summary>
public static class KmsArn
{
    public static string Key(string region, string accountId, string keyId) => $"arn:aws:kms:{region}:{accountId}:key/{keyId}";

    public static string Alias(string region, string accountId, string aliasName) => $"arn:aws:kms:{region}:{accountId}:{aliasName}";
}
