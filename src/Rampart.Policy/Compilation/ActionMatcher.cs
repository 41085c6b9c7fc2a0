namespace Rampart.Policy;

/// <summary>Action or NotAction: case-insensitive patterns with * and ?, stored lower-case and matched against the
/// lower-cased action.</summary>
internal sealed class ActionMatcher(IReadOnlyList<string> patterns, bool negated)
{
    private readonly WildcardPattern[] patterns = Compile(patterns);

    public bool IsMatch(ReadOnlySpan<char> action)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.IsMatch(action))
            {
                return !negated;
            }
        }
        return negated;
    }

    private static WildcardPattern[] Compile(IReadOnlyList<string> patterns)
    {
        var compiled = new WildcardPattern[patterns.Count];
        for (var i = 0; i < compiled.Length; i++)
        {
            compiled[i] = new WildcardPattern(patterns[i].ToLowerInvariant(), ignoreCase: false);
        }
        return compiled;
    }
}
