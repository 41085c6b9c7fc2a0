using Rampart.Policy.Parsing;

namespace Rampart.Policy.Tests.Parsing;

/// <summary>IAM User Guide, "IAM JSON policy elements: Sid, Effect, Action, Resource, Condition", and the
/// MalformedPolicyDocument messages IAM gives for each rule, in IAM's order of checking.</summary>
public class StatementRuleTests
{
    [Fact]
    public void SidsMustBeUnique() =>
        ParseAssert.Rejects(
            PolicyText.Document("""{"Sid": "A", "Effect": "Allow", "Action": "s3:*", "Resource": "*"}, {"Sid": "A", "Effect": "Deny", "Action": "s3:*", "Resource": "*"}"""),
            PolicyKind.Identity,
            "Statement IDs (SID) in a single policy must be unique.");

    [Fact]
    public void EmptySidsAreNotDuplicates() =>
        PolicyParser.Parse(
            PolicyText.Document("""{"Sid": "", "Effect": "Allow", "Action": "s3:*", "Resource": "*"}, {"Sid": "", "Effect": "Deny", "Action": "s3:*", "Resource": "*"}"""),
            PolicyKind.Identity,
            "p");

    [Fact]
    public void IamSidsMustBeAlphanumeric() =>
        ParseAssert.Rejects(
            PolicyText.Document("""{"Sid": "Read only", "Effect": "Allow", "Action": "s3:*", "Resource": "*"}"""),
            PolicyKind.Identity,
            "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*");

    [Fact]
    public void ResourcePolicySidsMayHoldAnyText() =>
        PolicyParser.Parse(
            PolicyText.Document("""{"Sid": "Public read", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}"""),
            PolicyKind.Resource,
            "b");

    [Theory]
    [InlineData("allow")]
    [InlineData("DENY")]
    public void EffectIsCaseSensitiveToTheLegacyParser(string effect) =>
        ParseAssert.Rejects(
            PolicyText.Document($$"""{"Effect": "{{effect}}", "Action": "s3:*", "Resource": "*"}"""),
            PolicyKind.Identity,
            "The policy failed legacy parsing");

    [Theory]
    [InlineData("\"Action\": []")]
    [InlineData("\"NotAction\": []")]
    [InlineData("\"Sid\": \"NoActions\"")]
    public void StatementsMustContainActions(string element) =>
        ParseAssert.Rejects(
            PolicyText.Document($$"""{"Effect": "Allow", {{element}}, "Resource": "*"}"""),
            PolicyKind.Identity,
            "Policy statement must contain actions.");

    [Theory]
    [InlineData("\"Resource\": []")]
    [InlineData("\"NotResource\": []")]
    [InlineData("\"Sid\": \"NoResources\"")]
    public void StatementsMustContainResources(string element) =>
        ParseAssert.Rejects(
            PolicyText.Document($$"""{"Effect": "Allow", "Action": "s3:*", {{element}}}"""),
            PolicyKind.Identity,
            "Policy statement must contain resources.");

    [Fact]
    public void MissingActionsAreReportedBeforeMissingResources() =>
        ParseAssert.Rejects(PolicyText.Document("""{"Effect": "Allow"}"""), PolicyKind.Identity, "Policy statement must contain actions.");

    [Theory]
    [InlineData("GetObject", "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.")]
    [InlineData("s3:Get:Object", "Actions/Condition can contain only one colon.")]
    [InlineData("s 3:GetObject", "Vendor s 3 is not valid")]
    [InlineData("s3*x:GetObject", "Vendor s3*x is not valid")]
    public void ActionsNameAVendor(string action, string message) =>
        ParseAssert.Rejects(
            PolicyText.Document($$"""{"Effect": "Allow", "Action": "{{action}}", "Resource": "*"}"""),
            PolicyKind.Identity,
            message);

    [Theory]
    [InlineData("*")]
    [InlineData("s3:*")]
    [InlineData("ec2:Describe*")]
    [InlineData("iam:*AccessKey*")]
    [InlineData("*:Get?bject")]
    public void WildcardActionsAreAccepted(string action) =>
        PolicyParser.Parse(PolicyText.Document($$"""{"Effect": "Allow", "Action": "{{action}}", "Resource": "*"}"""), PolicyKind.Identity, "p");

    [Fact]
    public void ConditionKeysNeedNoVendor() =>
        PolicyParser.Parse(
            PolicyText.Document("""{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"DateGreaterThan": {"a": []}, "x": {}}}"""),
            PolicyKind.Identity,
            "p");

    [Theory]
    [InlineData("bucket", "Resource bucket must be in ARN format or \"*\".")]
    [InlineData("arn:aws1:s3:::b", "Partition \"aws1\" is not valid for resource \"arn:aws1:s3:::b\".")]
    [InlineData("arn:foo", "Partition \"foo\" is not valid for resource \"arn:foo:*:*:*:*\".")]
    [InlineData("aws:s3:::logs", "Partition \"s3\" is not valid for resource \"arn:s3:::logs:*\".")]
    [InlineData("x:y:z:r:a:p:q", "Partition \"y\" is not valid for resource \"arn:y:z:r:a:p:q\".")]
    [InlineData("", "Resource  must be in ARN format or \"*\".")]
    [InlineData("arn:aws", "Resource vendor must be fully qualified and cannot contain regexes.")]
    [InlineData("arn:aws:s*:::b", "Resource vendor must be fully qualified and cannot contain regexes.")]
    [InlineData("arn:aws:iam:us-east-1:111122223333:user/a", "IAM resource arn:aws:iam:us-east-1:111122223333:user/a cannot contain region information.")]
    [InlineData("arn:aws:s3:us-east-1::b", "Resource arn:aws:s3:us-east-1::b can not contain region information.")]
    [InlineData(
        "arn:aws:iam::111122223333:bogus/a",
        "IAM resource path must either be \"*\" or start with user/, federated-user/, role/, group/, instance-profile/, mfa/, server-certificate/, policy/, sms-mfa/, saml-provider/, oidc-provider/, report/, access-report/.")]
    public void ResourcesAreArnsOrTheWildcard(string resource, string message) =>
        ParseAssert.Rejects(
            PolicyText.Document($$"""{"Effect": "Allow", "Action": "s3:*", "Resource": "{{resource}}"}"""),
            PolicyKind.Identity,
            message);

    [Theory]
    [InlineData("arn:aws::b")]
    [InlineData("arn:aws:s3::b")]
    [InlineData("arn:aws::::b")]
    public void ArnsTheLegacyParserCannotReadFailIt(string resource) =>
        ParseAssert.Rejects(
            PolicyText.Document($$"""{"Effect": "Allow", "Action": "s3:*", "Resource": "{{resource}}"}"""),
            PolicyKind.Identity,
            "The policy failed legacy parsing");

    [Fact]
    public void TheLegacyParserIsHeardBeforeABadPartition() =>
        ParseAssert.Rejects(
            PolicyText.Document("""{"Effect": "Allow", "Action": "s3:*", "Resource": "arn:error:s3:::b", "Condition": {"DateGreaterThan": {"aws:CurrentTime": "soon"} } }"""),
            PolicyKind.Identity,
            "The policy failed legacy parsing");

    [Fact]
    public void LegacyParsingIsHeardBeforeDuplicateSids() =>
        ParseAssert.Rejects(
            PolicyText.Document("""{"Sid": "A", "Effect": "aLLow", "Action": "s3:*", "Resource": "*"}, {"Sid": "A", "Effect": "Allow"}"""),
            PolicyKind.Identity,
            "The policy failed legacy parsing");

    [Fact]
    public void MissingActionsAreReportedBeforeABadResource() =>
        ParseAssert.Rejects(
            PolicyText.Document("""{"Effect": "Allow", "Resource": "bucket"}"""),
            PolicyKind.Identity,
            "Policy statement must contain actions.");

    [Theory]
    [InlineData("arn:aws:s3:::b/${aws:username}/*")]
    [InlineData("arn:aws-cn:ec2:cn-north-1:111122223333:instance/*")]
    [InlineData("arn:aws:iam::111122223333:role/path/*")]
    [InlineData("arn:aws:iam::*:*")]
    [InlineData("arn:aws:dynamodb:*:*:table/Books")]
    [InlineData("arn:aws:ec2:region:account-id:instance/*")]
    [InlineData("arn:aws:logs")]
    [InlineData("arn:aws:iam:::user/a")]
    public void ValidResourcesAreAccepted(string resource) =>
        PolicyParser.Parse(PolicyText.Document($$"""{"Effect": "Allow", "Action": "s3:*", "Resource": "{{resource}}"}"""), PolicyKind.Identity, "p");

    [Theory]
    [InlineData("2024-01-31")]
    [InlineData("2024-01-31T12:00:00Z")]
    [InlineData("2024-01-31T12:00:00.123+02:00")]
    [InlineData("1706702400")]
    [InlineData("-292275054")]
    [InlineData("01T")]
    [InlineData("2016-12-13t2:00:00.593194+23")]
    public void DateValuesTheLegacyParserReadsAreAccepted(string value) =>
        PolicyParser.Parse(
            PolicyText.Document($$"""{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"DateGreaterThan": {"aws:CurrentTime": "{{value}}"} } }"""),
            PolicyKind.Identity,
            "p");

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2024-13-01")]
    [InlineData("2024-01-31T25:00:00Z")]
    [InlineData("2016-12-13t2:00:00.593194+1")]
    [InlineData("2016-12-13t2:00:00.1999999999+10:59")]
    [InlineData("9223372036854775808")]
    public void DateValuesTheLegacyParserCannotReadFailIt(string value) =>
        ParseAssert.Rejects(
            PolicyText.Document($$"""{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"ForAnyValue:DateLessThanIfExists": {"aws:CurrentTime": "{{value}}"} } }"""),
            PolicyKind.Identity,
            "The policy failed legacy parsing");
}
