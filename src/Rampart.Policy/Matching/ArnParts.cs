namespace Rampart.Policy;

/// <summary>Splits an ARN into its six colon-separated parts (arn, partition, service, region, account, resource);
/// the resource part keeps any further colons.</summary>
internal static class ArnParts
{
    public const int Count = 6;

    /// <summary>Fills <paramref name="starts"/> and <paramref name="ends"/> (6 entries each); false when the text has
    /// fewer than six parts.</summary>
    public static bool TrySplit(ReadOnlySpan<char> arn, Span<int> starts, Span<int> ends)
    {
        var start = 0;
        for (var part = 0; part < Count - 1; part++)
        {
            var colon = arn[start..].IndexOf(':');
            if (colon < 0)
            {
                return false;
            }
            starts[part] = start;
            ends[part] = start + colon;
            start += colon + 1;
        }
        starts[Count - 1] = start;
        ends[Count - 1] = arn.Length;
        return true;
    }

    /// <summary>ArnEquals/ArnLike: each of the six parts is matched separately, with wildcards, case-sensitively.
    /// A pattern that is not ARN-shaped (such as "*") is matched against the whole value.</summary>
    public static bool IsMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<byte> literal, ReadOnlySpan<char> value)
    {
        Span<int> patternStarts = stackalloc int[Count];
        Span<int> patternEnds = stackalloc int[Count];
        if (!TrySplit(pattern, patternStarts, patternEnds))
        {
            return Wildcard.IsMatch(pattern, literal, value, ignoreCase: false);
        }
        Span<int> valueStarts = stackalloc int[Count];
        Span<int> valueEnds = stackalloc int[Count];
        if (!TrySplit(value, valueStarts, valueEnds))
        {
            return false;
        }
        for (var part = 0; part < Count; part++)
        {
            var patternPart = pattern[patternStarts[part]..patternEnds[part]];
            var literalPart = literal.IsEmpty ? literal : literal[patternStarts[part]..patternEnds[part]];
            if (!Wildcard.IsMatch(patternPart, literalPart, value[valueStarts[part]..valueEnds[part]], ignoreCase: false))
            {
                return false;
            }
        }
        return true;
    }
}
