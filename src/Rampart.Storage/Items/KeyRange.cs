using System.Text;

namespace Rampart.Storage.Items;

/// <summary>Turns a key prefix into a half-open range [prefix, upper) so that an index range scan serves it.</summary>
internal static class KeyRange
{
    private const int LastCodePoint = 0x10FFFF;
    private const int FirstSurrogate = 0xD800;
    private const int FirstAfterSurrogates = 0xE000;

    /// <summary>
    /// The smallest string greater than every string that starts with <paramref name="prefix"/>, in code point
    /// order; null when no such string exists (the prefix is made only of U+10FFFF).
    /// </summary>
    public static string? UpperBound(string prefix)
    {
        var runes = prefix.EnumerateRunes().ToList();
        while (runes.Count > 0)
        {
            var last = runes[^1].Value;
            runes.RemoveAt(runes.Count - 1);
            if (last == LastCodePoint)
            {
                continue;
            }

            var next = last + 1 == FirstSurrogate ? FirstAfterSurrogates : last + 1;
            var builder = new StringBuilder(prefix.Length + 1);
            foreach (var rune in runes)
            {
                builder.Append(rune.ToString());
            }

            builder.Append(new Rune(next).ToString());
            return builder.ToString();
        }

        return null;
    }
}
