using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rampart.Operations;

/// <summary>How typed requests and responses map to the model-shaped JSON trees of the protocol layer:
/// member names unchanged, enums as their model strings, absent members left out. The JSON between tree and type
/// is never seen outside: escaping the '+' of every base64 blob there only cost an escape and an unescape.</summary>
internal static class OperationJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };
}
