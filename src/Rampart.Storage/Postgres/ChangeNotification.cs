using System.Text;
using System.Text.Encodings.Web;
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

    // PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; an item whose escaped key would not fit is announced
    // as "everything changed", which costs other processes their caches but never their correctness.
    private const int MaxPayloadBytes = 7900;

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Encode(Guid instance, StoreChange change)
    {
        if (change.Item is { } item)
        {
            var payload = JsonSerializer.Serialize<string[]>([instance.ToString("N"), item.Collection, item.Partition, item.Key], Compact);
            if (Encoding.UTF8.GetByteCount(payload) <= MaxPayloadBytes)
            {
                return payload;
            }
        }

        return JsonSerializer.Serialize<string[]>([instance.ToString("N")], Compact);
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
