using static Rampart.Policy.Tests.Policies;

namespace Rampart.Policy.Tests;

// Follows the IAM API Reference "EvaluationResult", "Statement" and "OrganizationsDecisionDetail" /
// "PermissionsBoundaryDecisionDetail" (what SimulatePrincipalPolicy reports), and "Testing IAM policies with the IAM
// policy simulator" (missing context values).
public class ExplainTests
{
    private static readonly SourceSpan ReadSpan = new(3, 5, 9, 6);
    private static readonly SourceSpan DenySpan = new(10, 5, 15, 6);

    private static readonly CompiledPolicy ReadOnly = Compiled("arn:aws:iam::aws:policy/ReadOnly", PolicyKind.Identity,
        Allow("s3:Get*", "*", Condition("StringEquals", "aws:PrincipalTag/team", "blue")) with { Sid = "Read", Span = ReadSpan },
        Deny("s3:*", "*", Condition("Bool", "aws:MultiFactorAuthPresent", "false")) with { Sid = "RequireMfa", Span = DenySpan });

    [Fact]
    public void ListsEveryMatchedStatementWithItsPosition()
    {
        var request = new AuthorizationRequest(User(), "s3:GetObject", "arn:aws:s3:::b/k",
            new RequestContext().Set("aws:PrincipalTag/team", "blue").Set("aws:MultiFactorAuthPresent", false), [ReadOnly]);
        var explanation = PolicyEvaluator.Explain(request);
        Assert.Equal(Decision.ExplicitDeny, explanation.Decision);
        Assert.Equal(PolicyType.Identity, explanation.PolicyType);
        Assert.Equal(
            [
                new MatchedStatement(PolicyType.Identity, "arn:aws:iam::aws:policy/ReadOnly", 0, 0, "Read", Effect.Allow, ReadSpan),
                new MatchedStatement(PolicyType.Identity, "arn:aws:iam::aws:policy/ReadOnly", 0, 1, "RequireMfa", Effect.Deny, DenySpan),
            ],
            explanation.MatchedStatements);
        Assert.Empty(explanation.MissingContextValues);
        Assert.False(explanation.AllowedByIdentityPolicies);
    }

    [Fact]
    public void ReportsContextKeysTheRequestDidNotSupply()
    {
        var explanation = PolicyEvaluator.Explain(Request("s3:GetObject", "arn:aws:s3:::b/k", ReadOnly));
        Assert.Equal(Decision.ImplicitDeny, explanation.Decision);
        Assert.Equal(["aws:PrincipalTag/team", "aws:MultiFactorAuthPresent"], explanation.MissingContextValues);
        // Without the keys neither condition holds (Bool is a positive operator), so nothing matched.
        Assert.Empty(explanation.MatchedStatements);
    }

    [Fact]
    public void DoesNotReportKeysOfStatementsForOtherActionsOrKeysDerivedFromThePrincipal()
    {
        var policy = Compiled(
            Allow("ec2:*", "*", Condition("StringEquals", "ec2:InstanceType", "t2.micro")),
            Allow("s3:*", "arn:aws:s3:::b/${aws:username}/*", Condition("StringEquals", "aws:PrincipalAccount", Account)));
        var explanation = PolicyEvaluator.Explain(Request(User("alice"), "s3:GetObject", "arn:aws:s3:::b/alice/k", policy));
        Assert.Equal(Decision.Allowed, explanation.Decision);
        Assert.Empty(explanation.MissingContextValues);
        var roleExplanation = PolicyEvaluator.Explain(Request(RoleSession(), "s3:GetObject", "arn:aws:s3:::b/alice/k", policy));
        Assert.Equal(["aws:username"], roleExplanation.MissingContextValues);
    }

    [Fact]
    public void APolicyListsTheContextKeysItReferences()
    {
        // What IAM's GetContextKeysForCustomPolicy reports: condition keys and variables, each once.
        var policy = Compiled(
            Allow("s3:*", "arn:aws:s3:::b/${aws:username}/*", Condition("StringEquals", "aws:PrincipalTag/team", "${aws:PrincipalTag/team}")),
            Deny("*", "*", Condition("Bool", "AWS:PRINCIPALTAG/TEAM", "true"), Condition("IpAddress", "aws:SourceIp", "10.0.0.0/8")));
        Assert.Equal(["aws:PrincipalTag/team", "aws:username", "aws:SourceIp"], policy.ReferencedContextKeys);
    }

    [Fact]
    public void FillsTheOrganizationsAndBoundaryDetails()
    {
        var request = Request(User(), "s3:GetObject", "arn:aws:s3:::b/k", Compiled(Allow("*", "*"))) with
        {
            PermissionsBoundary = Compiled("boundary", PolicyKind.PermissionsBoundary, Allow("ec2:*", "*")),
            ServiceControlPolicies = [[Compiled("scp", PolicyKind.ServiceControl, Allow("*", "*"))]],
        };
        var explanation = PolicyEvaluator.Explain(request);
        Assert.Equal(Decision.ImplicitDeny, explanation.Decision);
        Assert.Equal(PolicyType.PermissionsBoundary, explanation.PolicyType);
        Assert.True(explanation.AllowedByIdentityPolicies);
        Assert.False(explanation.AllowedByPermissionsBoundary);
        Assert.True(explanation.AllowedByOrganizations);
        Assert.Null(explanation.AllowedBySessionPolicies);
        Assert.Null(explanation.AllowedByResourcePolicy);
        Assert.Null(explanation.AllowedByResourceControlPolicies);
    }

    [Fact]
    public void ReportsResourcePolicyAndRcpOutcomesAndLevels()
    {
        var rcpLevels = new[]
        {
            new[] { Compiled("RCPFullAWSAccess", PolicyKind.ResourceControl, Allow("*", "*") with { Principal = Everyone }) },
            new[] { Compiled("ou-rcp", PolicyKind.ResourceControl, Allow("*", "*") with { Principal = Everyone }) },
        };
        var request = Request(User(), "s3:GetObject", "arn:aws:s3:::b/k") with
        {
            ResourceAccount = Account,
            ResourcePolicy = new(Compiled("bucket", PolicyKind.Resource, Allow("s3:GetObject", "*") with { Principal = Aws($"arn:aws:iam::{Account}:user/alice") })),
            ResourceControlPolicies = rcpLevels,
        };
        var explanation = PolicyEvaluator.Explain(request);
        Assert.Equal(Decision.Allowed, explanation.Decision);
        Assert.Equal(PolicyType.Resource, explanation.PolicyType);
        Assert.True(explanation.AllowedByResourcePolicy);
        Assert.True(explanation.AllowedByResourceControlPolicies);
        Assert.False(explanation.AllowedByIdentityPolicies);
        Assert.Equal([(PolicyType.ResourceControl, 0), (PolicyType.ResourceControl, 1), (PolicyType.Resource, 0)],
            explanation.MatchedStatements.Select(m => (m.PolicyType, m.Level)));
    }

    [Fact]
    public void KeepsRecordingAfterTheFirstDeny()
    {
        var request = Request(User(), "s3:GetObject", "*", Compiled("a", PolicyKind.Identity, Deny("s3:*", "*")), Compiled("b", PolicyKind.Identity, Deny("*", "*"), Allow("*", "*")));
        var explanation = PolicyEvaluator.Explain(request);
        Assert.Equal(["a", "b", "b"], explanation.MatchedStatements.Select(m => m.PolicyName));
    }

    [Theory]
    [InlineData(Decision.ImplicitDeny, PolicyType.Identity, "because no identity-based policy allows the s3:GetObject action")]
    [InlineData(Decision.ImplicitDeny, PolicyType.ServiceControl, "because no service control policy allows the s3:GetObject action")]
    [InlineData(Decision.ImplicitDeny, PolicyType.ResourceControl, "because no resource control policy allows the s3:GetObject action")]
    [InlineData(Decision.ImplicitDeny, PolicyType.Resource, "because no resource-based policy allows the s3:GetObject action")]
    [InlineData(Decision.ImplicitDeny, PolicyType.PermissionsBoundary, "because no permissions boundary allows the s3:GetObject action")]
    [InlineData(Decision.ImplicitDeny, PolicyType.Session, "because no session policy allows the s3:GetObject action")]
    [InlineData(Decision.ExplicitDeny, PolicyType.Identity, "with an explicit deny in an identity-based policy")]
    [InlineData(Decision.ExplicitDeny, PolicyType.ServiceControl, "with an explicit deny in a service control policy")]
    [InlineData(Decision.ExplicitDeny, PolicyType.ResourceControl, "with an explicit deny in a resource control policy")]
    [InlineData(Decision.ExplicitDeny, PolicyType.Resource, "with an explicit deny in a resource-based policy")]
    [InlineData(Decision.ExplicitDeny, PolicyType.PermissionsBoundary, "with an explicit deny in a permissions boundary")]
    [InlineData(Decision.ExplicitDeny, PolicyType.Session, "with an explicit deny in a session policy")]
    [InlineData(Decision.Allowed, PolicyType.Identity, "")]
    public void DenialReasonsAreWordedAsAwsWordsThem(Decision decision, PolicyType type, string expected) =>
        Assert.Equal(expected, new AuthorizationDecision(decision, type).DenialReason("s3:GetObject"));

    [Fact]
    public void AccessDeniedMessageQuotesCallerActionAndResource()
    {
        var implicitDeny = new AuthorizationDecision(Decision.ImplicitDeny, PolicyType.Identity);
        Assert.Equal(
            "User: arn:aws:iam::123456789012:user/MaryMajor is not authorized to perform: codecommit:ListRepositories because no identity-based policy allows the codecommit:ListRepositories action",
            implicitDeny.AccessDeniedMessage("arn:aws:iam::123456789012:user/MaryMajor", "codecommit:ListRepositories", "*"));
        Assert.Equal(
            "User: arn:aws:iam::123456789012:user/bob is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k with an explicit deny in a service control policy",
            new AuthorizationDecision(Decision.ExplicitDeny, PolicyType.ServiceControl).AccessDeniedMessage("arn:aws:iam::123456789012:user/bob", "s3:GetObject", "arn:aws:s3:::b/k"));
    }
}
