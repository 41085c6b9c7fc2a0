using System.Text.Json;
using Rampart.Policy;
using Rampart.Policy.Parsing;

namespace Rampart.PolicyEval;

/// <summary>Reads one policy of a request: the document as an embedded JSON object, as a string holding it, or as
/// <c>{"name": ..., "document": ...}</c> to give it the name explanations use (by default its field path).</summary>
internal static class EvalPolicyReader
{
    public static CompiledPolicy Read(JsonElement element, PolicyKind kind, string field)
    {
        var name = field;
        var document = element;
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("document", out var named))
        {
            foreach (var member in element.EnumerateObject())
            {
                if (member.Name is not ("name" or "document"))
                {
                    throw new EvalRequestException(field, $"Unknown field {member.Name} beside \"document\".");
                }
            }

            if (element.TryGetProperty("name", out var given))
            {
                name = given.ValueKind == JsonValueKind.String ? given.GetString()! : throw new EvalRequestException(field, "The policy name must be a string.");
            }

            document = named;
        }

        var text = document.ValueKind switch
        {
            JsonValueKind.String => document.GetString()!,
            JsonValueKind.Object => document.GetRawText(),
            _ => throw new EvalRequestException(field, "A policy must be a JSON object or a string holding one."),
        };

        try
        {
            return CompiledPolicy.Compile(PolicyParser.Parse(text, kind, name));
        }
        catch (MalformedPolicyException malformed)
        {
            var detail = malformed.Detail == malformed.Message ? "" : $" ({malformed.Detail})";
            throw new EvalRequestException(field, $"MalformedPolicyDocument: {malformed.Message}{detail}");
        }
    }
}
