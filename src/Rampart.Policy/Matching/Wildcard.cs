namespace Rampart.Policy;

/// <summary>AWS's wildcard matching: <c>*</c> matches any run of characters (including ':' and '/'), <c>?</c> exactly one.</summary>
internal static class Wildcard
{
    /// <summary>Matches <paramref name="input"/> against <paramref name="pattern"/>. When <paramref name="literal"/> is
    /// not empty it runs parallel to the pattern and a non-zero entry marks a character that is literal even if it is
    /// '*' or '?' (text substituted from a policy variable, or <c>${*}</c>).</summary>
    public static bool IsMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<byte> literal, ReadOnlySpan<char> input, bool ignoreCase)
    {
        int p = 0, s = 0, starP = -1, starS = 0;
        while (s < input.Length)
        {
            if (p < pattern.Length)
            {
                var pc = pattern[p];
                var wild = literal.IsEmpty || literal[p] == 0;
                if (wild && pc == '*')
                {
                    starP = p++;
                    starS = s;
                    continue;
                }
                if ((wild && pc == '?') || CharEquals(pc, input[s], ignoreCase))
                {
                    p++;
                    s++;
                    continue;
                }
            }
            if (starP < 0)
            {
                return false;
            }
            p = starP + 1;
            s = ++starS;
        }
        while (p < pattern.Length && pattern[p] == '*' && (literal.IsEmpty || literal[p] == 0))
        {
            p++;
        }
        return p == pattern.Length;
    }

    public static bool HasWildcard(ReadOnlySpan<char> pattern) => pattern.IndexOfAny('*', '?') >= 0;

    private static bool CharEquals(char a, char b, bool ignoreCase)
    {
        if (a == b)
        {
            return true;
        }
        if (!ignoreCase)
        {
            return false;
        }
        if (a < 128 && b < 128)
        {
            return (a | 0x20) == (b | 0x20) && (uint)((a | 0x20) - 'a') <= 'z' - 'a';
        }
        return char.ToUpperInvariant(a) == char.ToUpperInvariant(b);
    }
}
