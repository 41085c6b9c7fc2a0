namespace Rampart.Policy;

/// <summary>Action or NotAction: case-insensitive patterns with * and ?.</summary>
internal sealed class ActionMatcher(IReadOnlyList<string> patterns, bool negated)
{
    private readonly WildcardPattern[] patterns = Compile(patterns);

    public bool IsMatch(string action)
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
            compiled[i] = new WildcardPattern(patterns[i], ignoreCase: true);
        }
        return compiled;
    }
}
