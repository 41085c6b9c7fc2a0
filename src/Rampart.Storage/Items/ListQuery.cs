namespace Rampart.Storage.Items;

/// <summary>
/// One page of a (collection, partition) in ascending key order: keys starting with
/// <see cref="Prefix"/> (if any) and strictly after <see cref="StartAfter"/> (if any), at most <see cref="Limit"/>.
/// </summary>
public sealed record ListQuery(string Collection, string Partition, string? Prefix = null, string? StartAfter = null, int Limit = 100)
{
    public const int MaxLimit = 10_000;
}
