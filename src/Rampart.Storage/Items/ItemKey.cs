namespace Rampart.Storage.Items;

/// <summary>
/// The address of one stored item: a collection (e.g. "iam.user"), a partition inside it
/// (usually an account ID, or "" for global items) and a key unique within the partition.
/// </summary>
/// <remarks>
/// Keys are compared and ordered by their exact Unicode code points (ordinal, case-sensitive)
/// in both stores. Where uniqueness must ignore case, as for IAM names, callers store a
/// normalized key (for example <c>name.ToUpperInvariant()</c>) and keep the original
/// spelling in the document.
/// </remarks>
public sealed record ItemKey
{
    /// <summary>Limits in UTF-8 bytes; a longer natural key (such as a long ARN) can be stored under its hash.</summary>
    public const int MaxCollectionBytes = 128;
    public const int MaxPartitionBytes = 256;
    public const int MaxKeyBytes = 1024;

    public ItemKey(string collection, string partition, string key)
    {
        Collection = StoreNames.Check(collection, nameof(collection), MaxCollectionBytes, allowEmpty: false);
        Partition = StoreNames.Check(partition, nameof(partition), MaxPartitionBytes, allowEmpty: true);
        Key = StoreNames.Check(key, nameof(key), MaxKeyBytes, allowEmpty: false);
    }

    public string Collection { get; }

    public string Partition { get; }

    public string Key { get; }

    public override string ToString() => $"{Collection}/{Partition}/{Key}";
}
