namespace Rampart.Waf.Engine.Compilation;

/// <summary>
/// Whether a pattern can run on the backtracking engine (several times faster per match than the non-backtracking
/// one) without risking catastrophic backtracking: it must have no quantified group and at most one unbounded
/// quantifier. Anything else runs on the non-backtracking engine, whose time is linear in the input.
/// </summary>
internal static class RegexSafety
{
    public static bool BacktrackingIsSafe(string pattern)
    {
        var unbounded = 0;
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
                continue;
            }
            if (inClass)
            {
                inClass = c != ']';
                continue;
            }
            switch (c)
            {
                case '[':
                    inClass = true;
                    break;
                case ')' when i + 1 < pattern.Length && pattern[i + 1] is '*' or '+' or '?' or '{':
                    return false;
                case '*' or '+':
                    unbounded++;
                    break;
                case '{' when Unbounded(pattern, i):
                    unbounded++;
                    break;
            }
        }
        return unbounded <= 1;
    }

    // {n,} has no upper bound; {n} and {n,m} do.
    private static bool Unbounded(string pattern, int open)
    {
        var close = pattern.IndexOf('}', open);
        return close > open && pattern[close - 1] == ',';
    }
}
