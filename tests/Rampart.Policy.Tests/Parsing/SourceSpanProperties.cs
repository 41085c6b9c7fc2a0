using FsCheck.Xunit;
using Rampart.Policy.Parsing;

namespace Rampart.Policy.Tests.Parsing;

/// <summary>Spans of every accepted document point at the text they describe: a statement from its '{' to its '}',
/// a condition entry from its key's opening quote.</summary>
public class SourceSpanProperties
{
    [Property(MaxTest = 3000, Arbitrary = [typeof(PolicyFuzzArbitraries)])]
    public void SpansPointIntoTheDocument(PolicyFuzzInput input)
    {
        if (!PolicyParser.TryParse(input.Text, input.Kind, "fuzz", out var document, out _))
        {
            return;
        }

        var lines = LineStarts(input.Text);
        foreach (var statement in document.Statements)
        {
            Assert.Equal('{', input.Text[Offset(lines, statement.Span.StartLine, statement.Span.StartColumn)]);
            Assert.Equal('}', input.Text[Offset(lines, statement.Span.EndLine, statement.Span.EndColumn)]);
            foreach (var condition in statement.Condition)
            {
                Assert.Equal('"', input.Text[Offset(lines, condition.Span.StartLine, condition.Span.StartColumn)]);
            }
        }
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static int Offset(List<int> lineStarts, int line, int column) => lineStarts[line - 1] + column - 1;
}
