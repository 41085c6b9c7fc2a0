using Rampart.Kms.Common;
using Rampart.Kms.Keys;

namespace Rampart.Kms.MultiRegion;

public sealed record MultiRegionKey(string Arn, string Region);

/// <summary>KeyMetadata's view of a multi-Region key's relatives.</summary>
public sealed record MultiRegionConfiguration(string MultiRegionKeyType, MultiRegionKey PrimaryKey, IReadOnlyList<MultiRegionKey> ReplicaKeys)
{
    public static MultiRegionConfiguration Of(KeyRecord key, MultiRegionLinks links) => new(
        key.IsPrimary ? "PRIMARY" : "REPLICA",
        new MultiRegionKey(KmsArn.Key(links.PrimaryRegion, key.AccountId, key.KeyId), links.PrimaryRegion),
        [.. links.ReplicaRegions.Select(region => new MultiRegionKey(KmsArn.Key(region, key.AccountId, key.KeyId), region))]);
}
