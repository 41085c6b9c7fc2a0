namespace Rampart.Policy;

/// <summary>A pattern compiled once into the cheapest test that decides it: anything, equality, prefix, or full wildcard match.</summary>
internal sealed class WildcardPattern
{
    private enum Shape
    {
        Anything,
        Exact,
        Prefix,
        StarsOnly,
        General,
    }

    private readonly Shape shape;
    private readonly string text;
    private readonly StringComparison comparison;
    private readonly bool ignoreCase;
    private readonly string suffix = "";
    private readonly string[] middle = [];

    public WildcardPattern(string pattern, bool ignoreCase)
    {
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
        else if (pattern.IndexOf('?') < 0)
        {
            // Only '*': the text before the first star must start the input, the text after the last star must end
            // it, and the pieces between are found left to right (the leftmost match is always safe with '*' alone).
            shape = Shape.StarsOnly;
            var pieces = pattern.Split('*');
            text = pieces[0];
            suffix = pieces[^1];
            middle = [.. pieces[1..^1].Where(piece => piece.Length > 0)];
        }
        else
        {
            shape = Shape.General;
            text = pattern;
        }
    }

    public bool IsMatch(ReadOnlySpan<char> input) => shape switch
    {
        Shape.Anything => true,
        Shape.Exact => input.Equals(text, comparison),
        Shape.Prefix => input.StartsWith(text, comparison),
        Shape.StarsOnly => MatchesPieces(input),
        _ => Wildcard.IsMatch(text, default, input, ignoreCase),
    };

    private bool MatchesPieces(ReadOnlySpan<char> input)
    {
        if (input.Length < text.Length + suffix.Length || !input.StartsWith(text, comparison) || !input.EndsWith(suffix, comparison))
        {
            return false;
        }
        var rest = input[text.Length..^suffix.Length];
        foreach (var piece in middle)
        {
            var at = rest.IndexOf(piece, comparison);
            if (at < 0)
            {
                return false;
            }
            rest = rest[(at + piece.Length)..];
        }
        return true;
    }
}
