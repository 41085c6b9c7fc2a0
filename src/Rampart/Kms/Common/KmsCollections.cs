namespace Rampart.Kms.Common;

/// <summary>Store collections of KMS. Keys and aliases are regional: the partition is the account and region.</summary>
public static class KmsCollections
{
    public const string Key = "kms.key";
    public const string Alias = "kms.alias";

    /// <summary>Grants, keyed "keyId/grantId" so that one key's grants list together.</summary>
    public const string Grant = "kms.grant";

    /// <summary>Work due at a time (deletions, rotations, expiring imports), keyed by that time; see <see cref="Maintenance.DueWork"/>.</summary>
    public const string Due = "kms.due";

    public static string Partition(string accountId, string region) => $"{accountId}/{region}";
}
