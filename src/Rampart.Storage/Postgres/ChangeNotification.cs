using System.Text.Json;
using Rampart.Storage.Changes;
using Rampart.Storage.Items;

namespace Rampart.Storage.Postgres;

/// <summary>
/// The NOTIFY payload for one change: a JSON array of the sending store instance's ID and, for one item, its
/// collection, partition and key. The instance ID lets a store skip its own changes, which it delivered at commit.
/// </summary>
internal static class ChangeNotification
{
    public const string Channel = "rampart_changes";

    public static string Encode(Guid instance, StoreChange change)
    {
        string[] parts = change.Item is { } item
            ? [instance.ToString("N"), item.Collection, item.Partition, item.Key]
            : [instance.ToString("N")];
        return JsonSerializer.Serialize(parts);
    }

    /// <summary>Returns null for a payload this store sent itself or cannot read.</summary>
    public static StoreChange? Decode(Guid instance, string payload)
    {
        string[]? parts;
        try
        {
            parts = JsonSerializer.Deserialize<string[]>(payload);
        }
        catch (JsonException)
        {
            return null;
        }

        if (parts is null || parts.Length == 0 || parts[0] == instance.ToString("N"))
        {
            return null;
        }

        return parts.Length switch
        {
            1 => StoreChange.Everything,
            4 => new StoreChange(new ItemKey(parts[1], parts[2], parts[3])),
            _ => null,
        };
    }
}
