using Rampart.Policy.Parsing;

namespace Rampart.Policy.Tests.Parsing;

/// <summary>AWS Organizations User Guide, "SCP syntax" (SCPs take the full IAM language but no Principal or
/// NotPrincipal) and "RCP syntax" (Principal "*" only, no NotPrincipal or NotAction, action wildcards only at the
/// end, Allow only in RCPFullAWSAccess). Organizations words every rejection the same way.</summary>
public class OrganizationsPolicyTests
{
    private const string Invalid = "The provided policy document does not meet the requirements of the specified policy type.";

    [Fact]
    public void ScpsAcceptTheFullIamLanguage()
    {
        var document = PolicyParser.Parse(
            PolicyText.Document(
                """
                {"Sid": "DenyAllOutsideEU", "Effect": "Deny", "NotAction": ["cloudfront:*", "iam:*"], "NotResource": "arn:aws:s3:::logs/*",
                 "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["eu-central-1", "eu-west-1"]}}},
                {"Effect": "Allow", "Action": "ec2:*Instances", "Resource": "arn:aws:ec2:*:*:instance/*",
                 "Condition": {"StringEquals": {"ec2:InstanceType": "t2.micro"}}}
                """),
            PolicyKind.ServiceControl,
            "p-examplepolicyid111");
        Assert.Equal(2, document.Statements.Count);
    }

    [Theory]
    [InlineData("""{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*"}""", "Has prohibited field Principal")]
    [InlineData("""{"Effect": "Deny", "NotPrincipal": {"AWS": "111122223333"}, "Action": "s3:*", "Resource": "*"}""", "Has prohibited field NotPrincipal")]
    [InlineData("""{"Effect": "Deny", "Resource": "*"}""", "Policy statement must contain actions.")]
    public void ScpRejectionsUseTheOrganizationsMessageAndKeepTheReason(string statement, string detail)
    {
        var error = ParseAssert.Rejects(PolicyText.Document(statement), PolicyKind.ServiceControl, Invalid);
        Assert.Equal(detail, error.Detail);
    }

    [Fact]
    public void ScpsRequireTheCurrentVersion()
    {
        var error = ParseAssert.Rejects(
            PolicyText.Document("""{"Effect": "Deny", "Action": "s3:*", "Resource": "*"}""", version: null), PolicyKind.ServiceControl, Invalid);
        Assert.Equal("Policy document must be version 2012-10-17 or greater.", error.Detail);
    }

    [Fact]
    public void RcpFullAwsAccessIsAccepted() =>
        PolicyParser.Parse(
            PolicyText.Document("""{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}"""),
            PolicyKind.ResourceControl,
            "RCPFullAWSAccess");

    [Fact]
    public void RcpsDenyWithConditions() =>
        PolicyParser.Parse(
            PolicyText.Document(
                """
                {"Sid": "EnforceTls", "Effect": "Deny", "Principal": "*", "Action": ["s3:*", "sqs:Send*"], "Resource": "*",
                 "Condition": {"BoolIfExists": {"aws:SecureTransport": "false"}}}
                """),
            PolicyKind.ResourceControl,
            "rcp");

    [Theory]
    [InlineData("""{"Effect": "Deny", "Action": "s3:*", "Resource": "*"}""")]
    [InlineData("""{"Effect": "Deny", "Principal": {"AWS": "111122223333"}, "Action": "s3:*", "Resource": "*"}""")]
    [InlineData("""{"Effect": "Deny", "NotPrincipal": {"AWS": "111122223333"}, "Action": "s3:*", "Resource": "*"}""")]
    [InlineData("""{"Effect": "Deny", "Principal": "*", "NotAction": "s3:*", "Resource": "*"}""")]
    [InlineData("""{"Effect": "Deny", "Principal": "*", "Action": "s3:*Object", "Resource": "*"}""")]
    [InlineData("""{"Effect": "Allow", "Principal": "*", "Action": "s3:*", "Resource": "*"}""")]
    public void RcpRulesAreEnforced(string statement) => ParseAssert.Rejects(PolicyText.Document(statement), PolicyKind.ResourceControl, Invalid);
}
