using System.Text.Json;
using Rampart.Policy;

namespace Rampart.PolicyEval;

/// <summary>Reads a request's <c>context</c>: each key maps to a string, a number, a boolean, or a list of those
/// (a multivalued key). Numbers keep their JSON text.</summary>
internal static class EvalContextReader
{
    public static RequestContext Read(JsonElement root)
    {
        var context = new RequestContext();
        if (!root.TryGetProperty("context", out var keys) || keys.ValueKind == JsonValueKind.Null)
        {
            return context;
        }

        if (keys.ValueKind != JsonValueKind.Object)
        {
            throw new EvalRequestException("context", "Must be a JSON object of context keys.");
        }

        foreach (var key in keys.EnumerateObject())
        {
            var field = $"context.{key.Name}";
            if (key.Value.ValueKind == JsonValueKind.Array)
            {
                var values = new List<string>();
                foreach (var item in key.Value.EnumerateArray())
                {
                    values.Add(Scalar(item, field));
                }

                context.Set(key.Name, values);
            }
            else
            {
                context.Set(key.Name, Scalar(key.Value, field));
            }
        }

        return context;
    }

    private static string Scalar(JsonElement value, string field) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => throw new EvalRequestException(field, "A context value must be a string, number, boolean or a list of them."),
    };
}
