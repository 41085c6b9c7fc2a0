using System.Buffers;

namespace Rampart.Policy;

/// <summary>The Resource element's rule for wildcards in an ARN (IAM: "Resource" element): within the first five
/// colon-separated parts a wildcard stays inside its part, except that a <c>*</c> ending its part may run on past the
/// colons; in the resource part, after the fifth colon, <c>*</c> and <c>?</c> match anything. Plain wildcard matching
/// is never narrower, so this only refines a match it has already found.</summary>
internal static class ResourceArnWildcard
{
    private const int ArnParts = 5;
    private const int StackLimit = 256;

    /// <summary>Whether the pattern has a wildcard the part rule restricts: a <c>?</c>, or a <c>*</c> not ending its
    /// part, in the first five parts of an ARN pattern.</summary>
    public static bool HasBoundWildcard(ReadOnlySpan<char> pattern, ReadOnlySpan<byte> literal)
    {
        if (!pattern.StartsWith("arn:", StringComparison.Ordinal))
        {
            return false;
        }
        var colons = 0;
        for (var i = 0; i < pattern.Length && colons < ArnParts; i++)
        {
            var c = pattern[i];
            if (c == ':')
            {
                colons++;
            }
            else if (IsWild(literal, i) && (c == '?' || (c == '*' && !EndsPart(pattern, literal, i))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Matches <paramref name="input"/> under the part rule; <paramref name="literal"/> marks substituted
    /// characters as in <see cref="Wildcard.IsMatch"/>.</summary>
    public static bool IsMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<byte> literal, ReadOnlySpan<char> input)
    {
        var width = input.Length + 1;
        bool[]? rented = null;
        Span<bool> rows = width * 2 <= StackLimit ? stackalloc bool[StackLimit] : (rented = ArrayPool<bool>.Shared.Rent(width * 2));
        try
        {
            var previous = rows[..width];
            var next = rows.Slice(width, width);
            previous.Clear();
            previous[0] = true;
            var colons = 0;
            for (var i = 0; i < pattern.Length; i++)
            {
                var c = pattern[i];
                var bound = colons < ArnParts;
                var wild = IsWild(literal, i);
                if (wild && c == '*')
                {
                    var crossesColons = !bound || EndsPart(pattern, literal, i);
                    next[0] = previous[0];
                    for (var j = 1; j < width; j++)
                    {
                        next[j] = previous[j] || (next[j - 1] && (crossesColons || input[j - 1] != ':'));
                    }
                }
                else
                {
                    next[0] = false;
                    for (var j = 1; j < width; j++)
                    {
                        var matches = wild && c == '?' ? !bound || input[j - 1] != ':' : input[j - 1] == c;
                        next[j] = previous[j - 1] && matches;
                    }
                }
                if (c == ':')
                {
                    colons++;
                }
                var swap = previous;
                previous = next;
                next = swap;
            }
            return previous[input.Length];
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<bool>.Shared.Return(rented);
            }
        }
    }

    private static bool IsWild(ReadOnlySpan<byte> literal, int index) => literal.IsEmpty || literal[index] == 0;

    /// <summary>Whether the <c>*</c> at <paramref name="index"/>, with any stars right after it, ends its part.</summary>
    private static bool EndsPart(ReadOnlySpan<char> pattern, ReadOnlySpan<byte> literal, int index)
    {
        var after = index + 1;
        while (after < pattern.Length && pattern[after] == '*' && IsWild(literal, after))
        {
            after++;
        }
        return after == pattern.Length || pattern[after] == ':';
    }
}
