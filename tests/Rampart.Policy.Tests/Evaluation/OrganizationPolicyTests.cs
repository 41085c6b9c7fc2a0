using static Rampart.Policy.Tests.Policies;

namespace Rampart.Policy.Tests;

// Follows "SCP evaluation" and "RCP evaluation" (AWS Organizations User Guide) and the SCP/RCP steps of
// "How AWS enforcement code logic evaluates requests to allow or deny access".
public class OrganizationPolicyTests
{
    private static readonly CompiledPolicy FullAccess = Compiled("FullAWSAccess", PolicyKind.ServiceControl, Allow("*", "*"));
    private static readonly CompiledPolicy AdminIdentity = Compiled(Allow("*", "*"));

    private static CompiledPolicy Scp(params PolicyStatement[] statements) => Compiled("scp", PolicyKind.ServiceControl, statements);

    private static AuthorizationRequest WithScps(string action, params CompiledPolicy[][] levels) =>
        Request(User(), action, "*", AdminIdentity) with { ServiceControlPolicies = levels };

    [Fact]
    public void EveryLevelFromRootToAccountMustAllow()
    {
        var onlyS3 = Scp(Allow("s3:*", "*"));
        Assert.Equal(Decision.Allowed, Decide(WithScps("s3:GetObject", [FullAccess], [onlyS3], [FullAccess])));
        Assert.Equal(new AuthorizationDecision(Decision.ImplicitDeny, PolicyType.ServiceControl), PolicyEvaluator.Evaluate(WithScps("ec2:RunInstances", [FullAccess], [onlyS3], [FullAccess])));
    }

    [Fact]
    public void ALevelWithoutPoliciesAllowsNothing() =>
        Assert.Equal(Decision.ImplicitDeny, Decide(WithScps("s3:GetObject", [FullAccess], [])));

    [Fact]
    public void PoliciesAtOneLevelAreOred()
    {
        var s3 = Scp(Allow("s3:*", "*"));
        var ec2 = Scp(Allow("ec2:*", "*"));
        Assert.Equal(Decision.Allowed, Decide(WithScps("ec2:RunInstances", [FullAccess], [s3, ec2])));
    }

    [Fact]
    public void AnScpDenyAnywhereDenies()
    {
        var denyLeave = Scp(Deny("organizations:LeaveOrganization", "*"));
        var request = WithScps("organizations:LeaveOrganization", [FullAccess, denyLeave], [FullAccess]);
        Assert.Equal(new AuthorizationDecision(Decision.ExplicitDeny, PolicyType.ServiceControl), PolicyEvaluator.Evaluate(request));
    }

    [Fact]
    public void ScpsGrantNothingByThemselves() =>
        Assert.Equal(new AuthorizationDecision(Decision.ImplicitDeny, PolicyType.Identity),
            PolicyEvaluator.Evaluate(Request(User(), "s3:GetObject", "*") with { ServiceControlPolicies = [[FullAccess]] }));

    [Fact]
    public void ScpsLimitTheRootUserOfAMemberAccount()
    {
        var request = Request(Root(), "ec2:RunInstances", "*") with { ServiceControlPolicies = [[Scp(Allow("s3:*", "*"))]] };
        Assert.Equal(Decision.ImplicitDeny, Decide(request));
        Assert.Equal(Decision.Allowed, Decide(request with { Action = "s3:ListAllMyBuckets" }));
    }

    [Fact]
    public void TheManagementAccountIsExpressedByPassingNoScps() =>
        Assert.Equal(Decision.Allowed, Decide(Request(User(), "ec2:RunInstances", "*", AdminIdentity) with { ServiceControlPolicies = null }));

    [Fact]
    public void ScpConditionsAndNotActionWork()
    {
        // The documented region-restriction pattern: deny everything outside the approved regions except global services.
        var outsideRegions = Condition("StringNotEquals", "aws:RequestedRegion", "eu-central-1", "eu-west-1");
        var regionGuard = Scp(AllExcept(Effect.Deny, ["iam:*", "organizations:*", "sts:*"], "*", outsideRegions));
        AuthorizationRequest In(string action, string region) => new(User(), action, "*", new RequestContext().Set("aws:RequestedRegion", region), [AdminIdentity])
        {
            ServiceControlPolicies = [[FullAccess, regionGuard]],
        };
        Assert.Equal(Decision.Allowed, Decide(In("ec2:RunInstances", "eu-west-1")));
        Assert.Equal(Decision.ExplicitDeny, Decide(In("ec2:RunInstances", "us-east-1")));
        Assert.Equal(Decision.Allowed, Decide(In("iam:CreateUser", "us-east-1")));
    }

    private static CompiledPolicy Rcp(params PolicyStatement[] statements) => Compiled("rcp", PolicyKind.ResourceControl, statements);

    private static readonly CompiledPolicy RcpFullAccess = Rcp(Allow("*", "*") with { Principal = Everyone });

    [Fact]
    public void RcpsDenyAccessFromOutsideTheOrganization()
    {
        // The documented data-perimeter pattern: deny S3 access to principals outside the organization.
        var outsideOrganization = Condition("StringNotEqualsIfExists", "aws:PrincipalOrgID", "o-abc123");
        var notAService = Condition("BoolIfExists", "aws:PrincipalIsAWSService", "false");
        var perimeter = Rcp(Deny("s3:*", "*", outsideOrganization, notAService) with { Principal = Everyone });
        AuthorizationRequest From(string? orgId)
        {
            var context = new RequestContext();
            if (orgId is not null)
            {
                context.Set("aws:PrincipalOrgID", orgId);
            }
            return new AuthorizationRequest(User(), "s3:GetObject", "arn:aws:s3:::b/k", context, [AdminIdentity])
            {
                ResourceControlPolicies = [[RcpFullAccess, perimeter]],
            };
        }
        Assert.Equal(Decision.Allowed, Decide(From("o-abc123")));
        Assert.Equal(new AuthorizationDecision(Decision.ExplicitDeny, PolicyType.ResourceControl), PolicyEvaluator.Evaluate(From("o-other")));
        Assert.Equal(Decision.ExplicitDeny, Decide(From(null)));
        var service = From(null) with { Principal = PrincipalInfo.FromArn("cloudtrail.amazonaws.com"), ResourcePolicy = new(Compiled("bucket", PolicyKind.Resource, Allow("s3:*", "*") with { Principal = Service("cloudtrail.amazonaws.com") })) };
        Assert.Equal(Decision.Allowed, Decide(service));
    }

    [Fact]
    public void EveryRcpLevelMustAllow()
    {
        var request = Request(User(), "s3:GetObject", "*", AdminIdentity) with { ResourceControlPolicies = [[RcpFullAccess], [Rcp(Allow("kms:*", "*") with { Principal = Everyone })]] };
        Assert.Equal(new AuthorizationDecision(Decision.ImplicitDeny, PolicyType.ResourceControl), PolicyEvaluator.Evaluate(request));
    }

    [Fact]
    public void DenyPrecedenceFollowsEvaluationOrder()
    {
        var request = Request(User(), "s3:GetObject", "*", Compiled(Deny("*", "*"))) with
        {
            ServiceControlPolicies = [[FullAccess, Scp(Deny("s3:*", "*"))]],
            ResourceControlPolicies = [[RcpFullAccess, Rcp(Deny("s3:*", "*") with { Principal = Everyone })]],
        };
        Assert.Equal(new AuthorizationDecision(Decision.ExplicitDeny, PolicyType.ResourceControl), PolicyEvaluator.Evaluate(request));
        Assert.Equal(new AuthorizationDecision(Decision.ExplicitDeny, PolicyType.ServiceControl), PolicyEvaluator.Evaluate(request with { ResourceControlPolicies = null }));
    }
}
