using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rampart.Operations;

/// <summary>How typed requests and responses map to the model-shaped JSON trees of the protocol layer:
/// member names unchanged, enums as their model strings, absent members left out.</summary>
internal static class OperationJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };
}
