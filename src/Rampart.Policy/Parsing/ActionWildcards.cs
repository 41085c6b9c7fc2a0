namespace Rampart.Policy.Parsing;

/// <summary>Case-insensitive glob matching with <c>*</c> (any run) and <c>?</c> (one character), used where the
/// validator must know whether an action pattern can name a given action.</summary>
internal static class ActionWildcards
{
    public static bool Matches(string pattern, string value)
    {
        int p = 0, v = 0, starPattern = -1, starValue = 0;
        while (v < value.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || char.ToUpperInvariant(pattern[p]) == char.ToUpperInvariant(value[v])))
            {
                p++;
                v++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                starPattern = p++;
                starValue = v;
            }
            else if (starPattern >= 0)
            {
                p = starPattern + 1;
                v = ++starValue;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    /// <summary>True when every wildcard sits in one run at the very end ("s3:Get*", "*"), as RCPs require.</summary>
    public static bool HasWildcardOnlyAtEnd(string pattern)
    {
        var body = pattern.AsSpan().TrimEnd("*?");
        return body.IndexOfAny('*', '?') < 0;
    }
}
