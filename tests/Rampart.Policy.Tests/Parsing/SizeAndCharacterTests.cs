using Rampart.Policy.Parsing;

namespace Rampart.Policy.Tests.Parsing;

/// <summary>IAM User Guide, "IAM and AWS STS quotas": size quotas that do not count whitespace, and the characters a
/// policy document may hold (tab, LF, CR, U+0020–U+00FF). AWS Organizations User Guide, "Quotas": every character of
/// an SCP or RCP counts.</summary>
public class SizeAndCharacterTests
{
    private static string IdentityPolicyOfSize(int nonWhitespace, int extraWhitespace)
    {
        var skeleton = PolicyText.Document("""{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::"}""");
        var padding = nonWhitespace - PolicySizeQuota.ManagedPolicy.Measure(skeleton);
        return skeleton.Replace("arn:aws:s3:::", "arn:aws:s3:::" + new string('b', padding), StringComparison.Ordinal)
            .Replace("{", "{" + new string(' ', extraWhitespace), StringComparison.Ordinal);
    }

    [Fact]
    public void AManagedPolicyMayHold6144NonWhitespaceCharacters()
    {
        var json = IdentityPolicyOfSize(6144, extraWhitespace: 5000);
        Assert.Equal(6144, PolicySizeQuota.ManagedPolicy.Measure(json));
        PolicyParser.Parse(json, PolicyKind.Identity, "p");
    }

    [Fact]
    public void AManagedPolicyOverTheQuotaIsRejected()
    {
        var error = ParseAssert.Rejects(IdentityPolicyOfSize(6145, 0), PolicyKind.Identity, "Cannot exceed quota for PolicySize: 6144");
        Assert.Equal(MalformedPolicyReason.SizeQuotaExceeded, error.Reason);
    }

    [Fact]
    public void TrustPoliciesHaveTheirOwnQuota()
    {
        var json = PolicyText.Document(PolicyText.AssumeRoleFromAccount.Replace("sts:AssumeRole", "sts:AssumeRole" + new string('x', 2048)));
        ParseAssert.Rejects(json, PolicyKind.Trust, "Cannot exceed quota for ACLSizePerRole: 2048");
    }

    [Fact]
    public void CallersPassTheQuotaThatApplies()
    {
        var json = IdentityPolicyOfSize(3000, 0);
        PolicyParser.Parse(json, PolicyKind.Identity, "p");
        var error = Assert.Throws<MalformedPolicyException>(() => PolicyParser.Parse(json, PolicyKind.Identity, "p", PolicySizeQuota.UserInlinePolicies));
        Assert.Equal("Cannot exceed quota for UserPolicySize: 2048", error.Message);
        PolicyParser.Parse(json, PolicyKind.Identity, "p", PolicySizeQuota.RoleInlinePolicies);
    }

    [Fact]
    public void OrganizationsCountsWhitespace()
    {
        Assert.Equal(5120, PolicySizeQuota.For(PolicyKind.ServiceControl).Limit);
        var json = PolicyText.Document("""{"Effect": "Deny", "Action": "s3:*", "Resource": "*"}""").Replace("{", "{" + new string(' ', 5120), StringComparison.Ordinal);
        var error = Assert.Throws<MalformedPolicyException>(() => PolicyParser.Parse(json, PolicyKind.ServiceControl, "scp"));
        Assert.Equal(MalformedPolicyReason.SizeQuotaExceeded, error.Reason);
    }

    [Theory]
    [InlineData(PolicyKind.Identity, 6144)]
    [InlineData(PolicyKind.PermissionsBoundary, 6144)]
    [InlineData(PolicyKind.Trust, 2048)]
    [InlineData(PolicyKind.Session, 2048)]
    [InlineData(PolicyKind.ServiceControl, 5120)]
    [InlineData(PolicyKind.ResourceControl, 5120)]
    [InlineData(PolicyKind.KeyPolicy, 32768)]
    public void EachKindHasItsDefaultQuota(PolicyKind kind, int limit) => Assert.Equal(limit, PolicySizeQuota.For(kind).Limit);

    [Theory]
    [InlineData("\u0100")]
    [InlineData("\u20AC")]
    [InlineData("\u0007")]
    [InlineData("\uD83D\uDE00")]
    public void IamRejectsCharactersOutsideItsSet(string character)
    {
        var json = PolicyText.Document($$"""{"Sid": "A{{character}}", "Effect": "Allow", "Action": "s3:*", "Resource": "*"}""");
        var error = Assert.Throws<MalformedPolicyException>(() => PolicyParser.Parse(json, PolicyKind.Identity, "p"));
        Assert.Equal(MalformedPolicyReason.InvalidCharacters, error.Reason);
    }

    [Fact]
    public void Latin1CharactersAreAllowed() =>
        PolicyParser.Parse(
            PolicyText.Document("""{"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::b/caf\u00e9\u00ff"}"""),
            PolicyKind.Identity,
            "p");

    [Fact]
    public void ResourcePoliciesMayHoldAnyCharacter() =>
        PolicyParser.Parse(
            PolicyText.Document("""{"Sid": "Lecture publique \u20AC", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}"""),
            PolicyKind.Resource,
            "b");
}
