namespace Rampart.Policy;

/// <summary>AWS's wildcard matching: <c>*</c> matches any run of characters (including ':' and '/'), <c>?</c> exactly one.</summary>
internal static class Wildcard
{
    /// <summary>Matches <paramref name="input"/> against <paramref name="pattern"/>. When <paramref name="literal"/> is
    /// not empty it runs parallel to the pattern and a non-zero entry marks a character that is literal even if it is
    /// '*' or '?' (text substituted from a policy variable, or <c>${*}</c>).</summary>
    public static bool IsMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<byte> literal, ReadOnlySpan<char> input, bool ignoreCase)
    {
        // The text before the first wildcard is compared in one vectorized step.
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var first = FirstWildcard(pattern, literal);
        if (first < 0)
        {
            return input.Equals(pattern, comparison);
        }
        if (!input.StartsWith(pattern[..first], comparison))
        {
            return false;
        }
        pattern = pattern[first..];
        literal = literal.IsEmpty ? literal : literal[first..];
        input = input[first..];
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

    private static int FirstWildcard(ReadOnlySpan<char> pattern, ReadOnlySpan<byte> literal)
    {
        var offset = 0;
        while (true)
        {
            var at = pattern[offset..].IndexOfAny('*', '?');
            if (at < 0)
            {
                return -1;
            }
            at += offset;
            if (literal.IsEmpty || literal[at] == 0)
            {
                return at;
            }
            offset = at + 1;
        }
    }

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
