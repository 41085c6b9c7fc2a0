using Rampart.Policy.Parsing;

namespace Rampart.Policy.Tests.Parsing;

/// <summary>IAM User Guide, "IAM JSON policy elements: Version": 2012-10-17 and 2008-10-17; a document without a
/// Version is read as 2008-10-17. IAM requires 2012-10-17 for managed policies; Organizations requires it for SCPs and RCPs.</summary>
public class VersionTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("2008-10-17")]
    public void ManagedPoliciesMustUseTheCurrentVersion(string? version)
    {
        ParseAssert.Rejects(PolicyText.Document(PolicyText.AllowS3Read, version), PolicyKind.Identity, "Policy document must be version 2012-10-17 or greater.");
        ParseAssert.Rejects(
            PolicyText.Document(PolicyText.AllowS3Read, version), PolicyKind.PermissionsBoundary, "Policy document must be version 2012-10-17 or greater.");
    }

    [Fact]
    public void AMissingVersionReadsAsTheLegacyVersion()
    {
        var document = PolicyParser.Parse(PolicyText.Document(PolicyText.AssumeRoleFromAccount, version: null), PolicyKind.Trust, "role");
        Assert.Equal("2008-10-17", document.Version);
    }

    [Fact]
    public void TheLegacyVersionIsAcceptedWhereAwsAcceptsIt()
    {
        var document = PolicyParser.Parse(
            PolicyText.Document("""{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/${aws:username}"}""", "2008-10-17"),
            PolicyKind.Resource,
            "bucket");
        Assert.Equal("2008-10-17", document.Version);
        Assert.Equal(["arn:aws:s3:::b/${aws:username}"], document.Statements[0].Resource);
    }

    [Fact]
    public void SyntaxErrorsComeBeforeTheVersionRule() =>
        ParseAssert.Rejects("""{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Bogus": 1}}""", PolicyKind.Identity, "Syntax errors in policy.");
}
