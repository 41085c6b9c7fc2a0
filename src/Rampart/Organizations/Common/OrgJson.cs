using System.Text.Json;

namespace Rampart.Organizations.Common;

/// <summary>How Organizations records are written to the store.</summary>
public static class OrgJson
{
    public static string Write<T>(T record) => JsonSerializer.Serialize(record);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json)
        ?? throw new InvalidDataException($"A stored {typeof(T).Name} is empty.");
}
