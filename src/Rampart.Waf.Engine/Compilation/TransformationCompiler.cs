using System.Text.Json;
using Rampart.Waf.Engine.Transformations;

namespace Rampart.Waf.Engine.Compilation;

/// <summary>Compiles TextTransformations into chains, one shared instance (and cache id) per distinct chain.</summary>
internal sealed class TransformationCompiler
{
    private const string Field = "TEXT_TRANSFORMATION";
    private const int MaxTransformations = 10;
    private readonly Dictionary<string, (TransformationChain Chain, int Id)> chains = new(StringComparer.Ordinal);

    public (TransformationChain Chain, int Id) Compile(JsonElement owner, bool required = true)
    {
        var steps = Parse(owner, required);
        var key = string.Join(',', steps);
        if (!chains.TryGetValue(key, out var entry))
        {
            entry = (new TransformationChain(steps), chains.Count);
            chains[key] = entry;
        }
        return entry;
    }

    public static TextTransformationType[] Parse(JsonElement owner, bool required)
    {
        var items = Json.Array(owner, "TextTransformations", Field, required);
        if (items.Count > MaxTransformations)
        {
            throw Json.Invalid(Field, "TextTransformations", $"A statement takes at most {MaxTransformations} text transformations");
        }
        var ordered = new List<(long Priority, TextTransformationType Type)>(items.Count);
        foreach (var item in items)
        {
            var priority = Json.RequiredLong(item, "Priority", Field);
            var typeName = Json.RequiredString(item, "Type", Field);
            if (priority < 0)
            {
                throw Json.Invalid(Field, "Priority", "Priority must be 0 or more");
            }
            if (!Json.TryEnum<TextTransformationType>(typeName, out var type))
            {
                throw Json.Invalid(Field, typeName, "Unknown text transformation type");
            }
            if (ordered.Any(o => o.Priority == priority))
            {
                throw Json.Invalid(Field, "Priority", "Text transformation priorities must be unique");
            }
            ordered.Add((priority, type));
        }
        ordered.Sort((a, b) => a.Priority.CompareTo(b.Priority));
        return ordered.Where(o => o.Type != TextTransformationType.NONE).Select(o => o.Type).ToArray();
    }
}
