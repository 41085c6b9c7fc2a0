namespace Rampart.Signing;

/// <summary>The canonical headers block: one "name:value" line per signed header, values trimmed with inner
/// whitespace runs collapsed, repeated headers joined with commas in the order received.</summary>
internal static class CanonicalHeaders
{
    public static void Append(ref CanonicalBuffer output, IReadOnlyList<KeyValuePair<string, string>> headers, scoped ReadOnlySpan<char> signedHeaders)
    {
        foreach (var range in signedHeaders.Split(';'))
        {
            var name = signedHeaders[range];
            output.AppendLowercase(name);
            output.Append((byte)':');
            var first = true;
            for (var i = 0; i < headers.Count; i++)
            {
                var (key, value) = headers[i];
                if (!name.Equals(key, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                if (!first)
                {
                    output.Append((byte)',');
                }
                AppendTrimmed(ref output, value);
                first = false;
            }
            output.Append((byte)'\n');
        }
    }

    private static void AppendTrimmed(ref CanonicalBuffer output, scoped ReadOnlySpan<char> value)
    {
        var wroteWord = false;
        var i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && IsWhitespace(value[i]))
            {
                i++;
            }
            var start = i;
            while (i < value.Length && !IsWhitespace(value[i]))
            {
                i++;
            }
            if (i > start)
            {
                if (wroteWord)
                {
                    output.Append((byte)' ');
                }
                output.Append(value[start..i]);
                wroteWord = true;
            }
        }
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';
}
