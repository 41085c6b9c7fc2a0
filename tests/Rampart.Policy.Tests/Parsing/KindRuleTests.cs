using Rampart.Policy.Parsing;

namespace Rampart.Policy.Tests.Parsing;

/// <summary>IAM User Guide, "AWS JSON policy elements: Principal" and "NotPrincipal"; "IAM roles: trust policies";
/// AWS KMS Developer Guide, "Key policies"; what each kind of policy requires and forbids.</summary>
public class KindRuleTests
{
    private const string WithPrincipal =
        """{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:GetObject", "Resource": "*"}""";

    private const string WithNotPrincipal =
        """{"Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:GetObject", "Resource": "*"}""";

    [Theory]
    [InlineData(PolicyKind.Identity, WithPrincipal)]
    [InlineData(PolicyKind.Identity, WithNotPrincipal)]
    [InlineData(PolicyKind.PermissionsBoundary, WithPrincipal)]
    [InlineData(PolicyKind.Session, WithPrincipal)]
    public void PoliciesAttachedToPrincipalsNameNoPrincipal(PolicyKind kind, string statement) =>
        ParseAssert.Rejects(PolicyText.Document(statement), kind, "Policy document should not specify a principal.");

    [Theory]
    [InlineData(PolicyKind.Resource)]
    [InlineData(PolicyKind.Trust)]
    [InlineData(PolicyKind.KeyPolicy)]
    public void ResourceAttachedPoliciesRequireAPrincipal(PolicyKind kind) =>
        ParseAssert.Rejects(
            PolicyText.Document("""{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}"""),
            kind,
            kind == PolicyKind.Trust ? "Has prohibited field Resource" : "Missing required field Principal");

    [Fact]
    public void ATrustPolicyWithoutPrincipalHasNoPrincipals() =>
        ParseAssert.Rejects(
            PolicyText.Document("""{"Effect": "Allow", "Action": "sts:AssumeRole"}"""),
            PolicyKind.Trust,
            "Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!");

    [Fact]
    public void NotPrincipalSatisfiesAResourcePolicy() =>
        Assert.NotNull(PolicyParser.Parse(PolicyText.Document(WithNotPrincipal), PolicyKind.Resource, "bucket").Statements[0].NotPrincipal);

    [Fact]
    public void TrustPoliciesRejectNotPrincipal() =>
        ParseAssert.Rejects(
            PolicyText.Document("""{"Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sts:AssumeRole"}"""),
            PolicyKind.Trust,
            "Has prohibited field NotPrincipal");

    [Theory]
    [InlineData("Resource")]
    [InlineData("NotResource")]
    public void TrustPoliciesRejectResources(string element) =>
        ParseAssert.Rejects(
            PolicyText.Document($$"""{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole", "{{element}}": "*"}"""),
            PolicyKind.Trust,
            $"Has prohibited field {element}");

    [Theory]
    [InlineData("sts:AssumeRole")]
    [InlineData("sts:AssumeRoleWithWebIdentity")]
    [InlineData("sts:AssumeRoleWithSAML")]
    [InlineData("sts:TagSession")]
    [InlineData("sts:SetSourceIdentity")]
    [InlineData("STS:assumerole")]
    [InlineData("sts:AssumeRole*")]
    [InlineData("sts:*")]
    [InlineData("sts:SetContext")]
    [InlineData("*")]
    public void TrustPoliciesAllowStsActions(string action) =>
        PolicyParser.Parse(
            PolicyText.Document($$"""{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "{{action}}"}"""),
            PolicyKind.Trust,
            "role");

    [Theory]
    [InlineData("s3:GetObject")]
    [InlineData("sso:*")]
    [InlineData("iam:*")]
    public void TrustPoliciesRejectOtherActions(string action) =>
        ParseAssert.Rejects(
            PolicyText.Document($$"""{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "{{action}}"}"""),
            PolicyKind.Trust,
            "AssumeRole policy may only specify STS AssumeRole actions.");

    [Theory]
    [InlineData("AWS", "arn:aws:iam::111122223333:group/admins")]
    [InlineData("AWS", "arn:aws:iam::111122223333:user/*")]
    [InlineData("AWS", "11112222333")]
    [InlineData("AWS", "AROA27HJSWAHEPTTLIWSO")]
    [InlineData("AWS", "arn:aws:sts::111122223333:assumed-role/no-session")]
    [InlineData("Service", "*")]
    [InlineData("Service", "Not A Service")]
    [InlineData("Federated", "arn:aws:iam::111122223333:role/r")]
    [InlineData("CanonicalUser", "abc")]
    [InlineData("Group", "arn:aws:iam::111122223333:group/admins")]
    public void PrincipalValuesAreChecked(string type, string value) =>
        ParseAssert.Rejects(
            PolicyText.Document($$"""{"Effect": "Allow", "Principal": {"{{type}}": "{{value}}"}, "Action": "sts:AssumeRole"}"""),
            PolicyKind.Trust,
            $"Invalid principal in policy: \"{type}\":\"{value}\"");

    [Fact]
    public void KeyPoliciesWordInvalidPrincipalsAsKms() =>
        ParseAssert.Rejects(
            PolicyText.Document("""{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:group/admins"}, "Action": "kms:*", "Resource": "*"}"""),
            PolicyKind.KeyPolicy,
            "Policy contains a statement with one or more invalid principals.");

    [Fact]
    public void KeyPoliciesAcceptTheDefaultKeyPolicy() =>
        PolicyParser.Parse(
            """
            {"Version": "2012-10-17", "Id": "key-default-1", "Statement": [{
              "Sid": "Enable IAM User Permissions", "Effect": "Allow",
              "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"}]}
            """,
            PolicyKind.KeyPolicy,
            "key");

    [Fact]
    public void APrincipalStringOtherThanTheWildcardIsASyntaxError() =>
        ParseAssert.Rejects(
            PolicyText.Document("""{"Effect": "Allow", "Principal": "arn:aws:iam::111122223333:root", "Action": "s3:*", "Resource": "*"}"""),
            PolicyKind.Resource,
            "Syntax errors in policy.");
}
