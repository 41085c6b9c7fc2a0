using System.Collections.Frozen;
using System.Globalization;

namespace Rampart.Waf.Gateway.Captcha;

/// <summary>
/// The shapes of the characters a CAPTCHA code uses, as strokes (polylines) in a box 10 wide and 14 high, y growing
/// downwards: drawn as lines, they can be bent and thickened freely, and no font file is needed.
/// </summary>
public static class StrokeFont
{
    public const double Width = 10;
    public const double Height = 14;

    private static readonly FrozenDictionary<char, IReadOnlyList<Point[]>> Glyphs = new Dictionary<char, string>
    {
        ['A'] = "0,14 5,0 10,14 | 2.2,8.5 7.8,8.5",
        ['C'] = "10,2 8,0.3 5,0 2,0.8 0.4,3.5 0,7 0.4,10.5 2,13.2 5,14 8,13.7 10,12",
        ['D'] = "0,0 0,14 | 0,0 5,0 8.5,1.8 10,5 10,9 8.5,12.2 5,14 0,14",
        ['E'] = "10,0 0,0 0,14 10,14 | 0,7 7,7",
        ['F'] = "10,0 0,0 0,14 | 0,7 7,7",
        ['H'] = "0,0 0,14 | 10,0 10,14 | 0,7 10,7",
        ['J'] = "3,0 10,0 | 8,0 8,11 6.5,13.6 4,14 1.5,13 0,10.5",
        ['K'] = "0,0 0,14 | 10,0 0,8 | 3,5.5 10,14",
        ['L'] = "0,0 0,14 10,14",
        ['M'] = "0,14 0,0 5,8 10,0 10,14",
        ['N'] = "0,14 0,0 10,14 10,0",
        ['P'] = "0,14 0,0 7,0 9.3,1 10,3.5 9.3,6 7,7 0,7",
        ['R'] = "0,14 0,0 7,0 9.3,1 10,3.5 9.3,6 7,7 0,7 | 5,7 10,14",
        ['T'] = "0,0 10,0 | 5,0 5,14",
        ['U'] = "0,0 0,10 1.5,13 5,14 8.5,13 10,10 10,0",
        ['V'] = "0,0 5,14 10,0",
        ['W'] = "0,0 2.5,14 5,5 7.5,14 10,0",
        ['X'] = "0,0 10,14 | 10,0 0,14",
        ['Y'] = "0,0 5,7 10,0 | 5,7 5,14",
        ['3'] = "0.5,1.5 3,0 7,0 9.3,1.5 9.5,4 8,6 5,7 3,7 | 5,7 8.5,8 10,10.5 9,13 6,14 3,14 0,12.5",
        ['4'] = "8,14 8,0 0,10 10,10",
        ['6'] = "9,1 6.5,0 3.5,0.5 1,3 0,7 0,10.5 1.5,13.3 5,14 8.5,13.3 10,10.5 9.5,8 7.5,6.5 5,6.2 2.5,6.8 0.3,8.5",
        ['7'] = "0,0 10,0 4,14",
        ['9'] = "1,13 3.5,14 6.5,13.5 9,11 10,7 10,3.5 8.5,0.7 5,0 1.5,0.7 0,3.5 0.5,6 2.5,7.5 5,7.8 7.5,7.2 9.7,5.5",
    }.ToFrozenDictionary(glyph => glyph.Key, glyph => Parse(glyph.Value));

    public static IEnumerable<char> Characters => Glyphs.Keys;

    public static IReadOnlyList<Point[]> Strokes(char character) =>
        Glyphs.TryGetValue(character, out var strokes) ? strokes : throw new ArgumentException($"No glyph for '{character}'.", nameof(character));

    private static IReadOnlyList<Point[]> Parse(string strokes) =>
        [.. strokes.Split('|').Select(stroke => stroke.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ParsePoint).ToArray())];

    private static Point ParsePoint(string point)
    {
        var comma = point.IndexOf(',', StringComparison.Ordinal);
        return new Point(double.Parse(point[..comma], CultureInfo.InvariantCulture), double.Parse(point[(comma + 1)..], CultureInfo.InvariantCulture));
    }
}
