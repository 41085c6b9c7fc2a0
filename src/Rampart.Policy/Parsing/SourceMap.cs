using System.Text;

namespace Rampart.Policy.Parsing;

/// <summary>Turns UTF-8 byte offsets of a document into line and column positions (columns in UTF-16 characters,
/// so they agree with what an editor shows for the original string). LF, CRLF and a lone CR each end a line.</summary>
internal sealed class SourceMap
{
    private readonly byte[] utf8;
    private readonly List<int> lineStarts = [0];

    public SourceMap(byte[] utf8)
    {
        this.utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n' || (utf8[i] == (byte)'\r' && (i + 1 == utf8.Length || utf8[i + 1] != (byte)'\n')))
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The span from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    public SourceSpan Span(int start, int end)
    {
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(Math.Max(start, end - 1));
        return new SourceSpan(startLine, startColumn, endLine, endColumn);
    }

    private (int Line, int Column) Position(int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        var lineStart = lineStarts[line];
        var column = Encoding.UTF8.GetCharCount(utf8, lineStart, offset - lineStart) + 1;
        return (line + 1, column);
    }
}
