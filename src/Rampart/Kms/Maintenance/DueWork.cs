using System.Globalization;
using Rampart.Kms.Common;
using Rampart.Kms.Keys;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Kms.Maintenance;

/// <summary>An index of work that falls due at a time: key deletions, automatic rotations, expiring imported
/// material. Entries sort by due time, so <see cref="KmsMaintenance"/> reads only what is due. An entry only says
/// "look at this key then": the key itself decides whether anything is to be done, so stale entries are harmless.</summary>
public static class DueWork
{
    public const string Deletion = "deletion";
    public const string Rotation = "rotation";
    public const string Expiry = "expiry";

    public static ItemKey KeyOf(string kind, DateTimeOffset at, KeyRecord key) =>
        new(KmsCollections.Due, kind, $"{at.UtcTicks.ToString("D20", CultureInfo.InvariantCulture)}|{key.AccountId}|{key.Region}|{key.KeyId}");

    public static ValueTask<long> ScheduleAsync(IStore store, string kind, DateTimeOffset at, KeyRecord key, CancellationToken cancellationToken) =>
        store.PutAsync(KeyOf(kind, at, key), "{}", cancellationToken: cancellationToken);

    /// <summary>Reads an entry's key back: (due time, account, region, key ID).</summary>
    public static (DateTimeOffset At, string AccountId, string Region, string KeyId) Read(string entryKey)
    {
        var parts = entryKey.Split('|');
        return (new DateTimeOffset(long.Parse(parts[0], CultureInfo.InvariantCulture), TimeSpan.Zero), parts[1], parts[2], parts[3]);
    }
}
