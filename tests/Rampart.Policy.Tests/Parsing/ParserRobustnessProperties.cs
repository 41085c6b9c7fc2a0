using FsCheck;
using FsCheck.Xunit;
using Rampart.Policy.Parsing;

namespace Rampart.Policy.Tests.Parsing;

/// <summary>Whatever it is given, the parser returns a document or throws MalformedPolicyException (issue 2, sections 1 and 8).</summary>
public class ParserRobustnessProperties
{
    [Property(MaxTest = 2000)]
    public void RandomTextOnlyFailsAsMalformed(string text, PolicyKind kind) => ParsesOrRejects(text, kind);

    [Property(MaxTest = 4000, Arbitrary = [typeof(PolicyFuzzArbitraries)])]
    public void EditedDocumentsAndGrammarTreesOnlyFailAsMalformed(PolicyFuzzInput input) => ParsesOrRejects(input.Text, input.Kind);

    private static void ParsesOrRejects(string text, PolicyKind kind)
    {
        try
        {
            var document = PolicyParser.Parse(text, kind, "fuzz");
            Assert.NotEmpty(document.Statements);
        }
        catch (MalformedPolicyException rejected)
        {
            Assert.False(string.IsNullOrEmpty(rejected.Message));
        }
    }
}
