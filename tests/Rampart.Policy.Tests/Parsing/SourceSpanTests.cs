using Rampart.Policy.Parsing;

namespace Rampart.Policy.Tests.Parsing;

/// <summary>Statement and condition positions, so explanations can point into the document as written.</summary>
public class SourceSpanTests
{
    [Fact]
    public void StatementsAndConditionsKnowWhereTheyAre()
    {
        var json = string.Join(
            "\n",
            "{",
            "  \"Version\": \"2012-10-17\",",
            "  \"Statement\": [",
            "    {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"},",
            "    {",
            "      \"Effect\": \"Deny\", \"Action\": \"s3:*\", \"Resource\": \"*\",",
            "      \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"false\"}}",
            "    }",
            "  ]",
            "}");

        var document = PolicyParser.Parse(json, PolicyKind.Identity, "p");

        Assert.Equal(new SourceSpan(4, 5, 4, 58), document.Statements[0].Span);
        Assert.Equal(new SourceSpan(5, 5, 8, 5), document.Statements[1].Span);
        Assert.Equal(new SourceSpan(7, 30, 7, 59), document.Statements[1].Condition[0].Span);
    }

    [Fact]
    public void ColumnsCountCharactersNotBytesAndCrLfEndsOneLine()
    {
        var json = "{\"Version\": \"2012-10-17\",\r\n\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"arn:aws:s3:::caf\u00e9\"}}";
        var statement = PolicyParser.Parse(json, PolicyKind.Identity, "p").Statements[0];
        Assert.Equal(new SourceSpan(2, 14, 2, 83), statement.Span);
    }
}
