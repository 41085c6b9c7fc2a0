using System.Text.Json;

namespace Rampart.Iam.Common;

/// <summary>How IAM records are written to and read from the store.</summary>
public static class IamJson
{
    public static string Write<T>(T record) => JsonSerializer.Serialize(record);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json)
        ?? throw new InvalidOperationException($"A stored {typeof(T).Name} is empty.");
}
