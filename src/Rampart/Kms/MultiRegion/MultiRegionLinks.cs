using System.Text.Json.Serialization;

namespace Rampart.Kms.MultiRegion;

/// <summary>The related keys of a multi-Region key: one primary and its replicas, by Region.</summary>
public sealed record MultiRegionLinks(string PrimaryRegion, IReadOnlyList<string> ReplicaRegions)
{
    [JsonIgnore]
    public IEnumerable<string> AllRegions => [PrimaryRegion, .. ReplicaRegions];
}
