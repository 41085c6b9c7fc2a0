namespace Rampart.Waf.Engine.Transformations;

internal static class Hex
{
    public static int Value(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>A code point narrowed to one byte as AWS WAF's decoders do: full-width ASCII (U+FF01-U+FF5E) maps to
    /// ASCII, anything else keeps its low byte.</summary>
    public static char Narrow(int codePoint) =>
        codePoint is >= 0xFF01 and <= 0xFF5E ? (char)(codePoint - 0xFEE0) : (char)(codePoint & 0xFF);
}
