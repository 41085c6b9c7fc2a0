using System.Text.Json;

namespace Rampart.Shield.Api.Common;

/// <summary>How Shield records are written to the store.</summary>
public static class ShieldJson
{
    public static string Write<T>(T record) => JsonSerializer.Serialize(record);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json)
        ?? throw new InvalidDataException($"A stored {typeof(T).Name} is empty.");
}
