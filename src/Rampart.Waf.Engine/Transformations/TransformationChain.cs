namespace Rampart.Waf.Engine.Transformations;

/// <summary>A statement's TextTransformations in priority order, lowest first.</summary>
internal sealed class TransformationChain(TextTransformationType[] steps)
{
    public static TransformationChain Empty { get; } = new([]);

    public IReadOnlyList<TextTransformationType> Steps => steps;

    public string Apply(string value)
    {
        foreach (var step in steps)
        {
            value = TextTransformations.Apply(step, value);
        }
        return value;
    }
}
