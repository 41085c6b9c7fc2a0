namespace Rampart.Kms.Common;

/// <summary>Store collections of KMS. Keys and aliases are regional: the partition is the account and region.</summary>
public static class KmsCollections
{
    public const string Key = "kms.key";
    public const string Alias = "kms.alias";

    public static string Partition(string accountId, string region) => $"{accountId}/{region}";
}
