namespace Rampart.Policy;

/// <summary>A pattern compiled once into the cheapest test that decides it: anything, equality, prefix, or full wildcard match.</summary>
internal sealed class WildcardPattern
{
    private enum Shape
    {
        Anything,
        Exact,
        Prefix,
        General,
    }

    private readonly Shape shape;
    private readonly string text;
    private readonly StringComparison comparison;
    private readonly bool ignoreCase;

    public WildcardPattern(string pattern, bool ignoreCase)
    {
        Text = pattern;
        this.ignoreCase = ignoreCase;
        comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var firstWildcard = pattern.AsSpan().IndexOfAny('*', '?');
        if (pattern == "*")
        {
            shape = Shape.Anything;
            text = pattern;
        }
        else if (firstWildcard < 0)
        {
            shape = Shape.Exact;
            text = pattern;
        }
        else if (firstWildcard == pattern.Length - 1 && pattern[^1] == '*')
        {
            shape = Shape.Prefix;
            text = pattern[..^1];
        }
        else
        {
            shape = Shape.General;
            text = pattern;
        }
    }

    public string Text { get; }

    public bool IsMatch(ReadOnlySpan<char> input) => shape switch
    {
        Shape.Anything => true,
        Shape.Exact => input.Equals(text, comparison),
        Shape.Prefix => input.StartsWith(text, comparison),
        _ => Wildcard.IsMatch(text, default, input, ignoreCase),
    };
}
