using Rampart.Policy.Parsing;

namespace Rampart.Policy.Tests.Parsing;

/// <summary>IAM User Guide, "Grammar of the IAM JSON policy language": anything outside the grammar is
/// "Syntax errors in policy.".</summary>
public class SyntaxTests
{
    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("\"Statement\"")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": [")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": []}")]
    [InlineData("{\"Version\": \"2012-10-17\"}")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": \"s3:*\"}")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": [\"s3:*\"]}")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}} extra")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\",}}")]
    [InlineData("{/* c */ \"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}}")]
    public void NotAPolicyShapedJsonObject(string json) => ParseAssert.Rejects(json, PolicyKind.Identity, "Syntax errors in policy.");

    [Theory]
    [InlineData("""{"Version": "2012-10-17", "Statemnt": {"Effect": "Allow", "Action": "*", "Resource": "*"}}""")]
    [InlineData("""{"version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}""")]
    [InlineData("""{"Version": "2012-10-18", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}""")]
    [InlineData("""{"Version": 2012, "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}""")]
    [InlineData("""{"Version": "2012-10-17", "Id": 5, "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}""")]
    public void TopLevelElementsAreChecked(string json) => ParseAssert.Rejects(json, PolicyKind.Identity, "Syntax errors in policy.");

    [Theory]
    [InlineData("""{"Effect": "Allow", "Action": "*", "Resource": "*", "Actions": "s3:*"}""")]
    [InlineData("""{"Effect": "Permit", "Action": "*", "Resource": "*"}""")]
    [InlineData("""{"Action": "*", "Resource": "*"}""")]
    [InlineData("""{"Effect": true, "Action": "*", "Resource": "*"}""")]
    [InlineData("""{"Effect": "Allow", "Action": "*", "NotAction": "s3:*", "Resource": "*"}""")]
    [InlineData("""{"Effect": "Allow", "Action": "*", "Resource": "*", "NotResource": "*"}""")]
    [InlineData("""{"Effect": "Allow", "Action": ["s3:GetObject", 7], "Resource": "*"}""")]
    [InlineData("""{"Effect": "Allow", "Action": {"s3": "GetObject"}, "Resource": "*"}""")]
    [InlineData("""{"Effect": "Allow", "Action": "*", "Resource": null}""")]
    [InlineData("""{"Sid": 1, "Effect": "Allow", "Action": "*", "Resource": "*"}""")]
    [InlineData("""{"Effect": "Allow", "Effect": "Deny", "Action": "*", "Resource": "*"}""")]
    public void StatementElementsAreChecked(string statement) =>
        ParseAssert.Rejects(PolicyText.Document(statement), PolicyKind.Identity, "Syntax errors in policy.");

    [Theory]
    [InlineData("""{"StringEquals": "aws:username"}""")]
    [InlineData("""{"StringEquals": {"aws:username": {"nested": "x"}}}""")]
    [InlineData("""{"StringEquals": {"aws:username": [["x"]]}}""")]
    [InlineData("""{"StringEquals": {"aws:username": null}}""")]
    [InlineData("""{"StringEqualz": {"aws:username": "bob"}}""")]
    [InlineData("""{"NullIfExists": {"aws:username": "true"}}""")]
    [InlineData("""{"stringequals": {"aws:username": "bob"}}""")]
    [InlineData("\"StringEquals\"")]
    public void ConditionBlocksAreChecked(string condition) =>
        ParseAssert.Rejects(
            PolicyText.Document($$"""{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {{condition}}}"""),
            PolicyKind.Identity,
            "Syntax errors in policy.");

    [Fact]
    public void AnUnknownOperatorWithNoKeysIsAccepted()
    {
        var document = PolicyParser.Parse(
            PolicyText.Document("""{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"Whatever": {}}}"""),
            PolicyKind.Identity,
            "p");
        Assert.Empty(document.Statements[0].Condition);
    }

    [Fact]
    public void NestingBeyondAnyPolicyShapeIsASyntaxError()
    {
        var deep = new string('[', 1_000) + new string(']', 1_000);
        ParseAssert.Rejects(deep, PolicyKind.Identity, "Syntax errors in policy.");
    }

    [Fact]
    public void ALoneSurrogateEscapeIsASyntaxError() =>
        ParseAssert.Rejects(
            PolicyText.Document("""{"Sid": "\uD800", "Effect": "Allow", "Action": "*", "Resource": "*"}"""),
            PolicyKind.Resource,
            "Syntax errors in policy.");

    [Fact]
    public void NullIsASyntaxError() => ParseAssert.Rejects(null!, PolicyKind.Identity, "Syntax errors in policy.");
}
