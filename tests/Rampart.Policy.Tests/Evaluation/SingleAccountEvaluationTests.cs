using static Rampart.Policy.Tests.Policies;

namespace Rampart.Policy.Tests;

// Follows "Policy evaluation logic", "How AWS enforcement code logic evaluates requests to allow or deny access" and
// "Policy evaluation for requests within a single account".
public class SingleAccountEvaluationTests
{
    private const string Logs = "arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar-logs";

    private static AuthorizationRequest WithBucketPolicy(PrincipalInfo principal, CompiledPolicy[] identity, params PolicyStatement[] bucketStatements) =>
        new(principal, "s3:PutObject", Logs + "/log.txt", new RequestContext(), identity)
        {
            ResourceAccount = Account,
            ResourcePolicy = new ResourceBasedPolicy(Compiled("bucket", PolicyKind.Resource, bucketStatements)),
        };

    [Fact]
    public void EverythingIsImplicitlyDeniedByDefault() =>
        Assert.Equal(Decision.ImplicitDeny, Decide(Request("s3:GetObject", "arn:aws:s3:::b/k")));

    [Fact]
    public void AnIdentityPolicyAllowAllows() =>
        Assert.Equal(Decision.Allowed, Decide(Request("s3:GetObject", "arn:aws:s3:::b/k", Compiled(Allow("s3:GetObject", "arn:aws:s3:::b/*")))));

    [Fact]
    public void AnExplicitDenyOverridesAnyAllow()
    {
        var allow = Compiled(Allow("s3:*", "*"));
        var deny = Compiled(Deny("s3:DeleteObject", "*"));
        Assert.Equal(Decision.ExplicitDeny, Decide(Request("s3:DeleteObject", "arn:aws:s3:::b/k", allow, deny)));
        Assert.Equal(Decision.Allowed, Decide(Request("s3:GetObject", "arn:aws:s3:::b/k", allow, deny)));
    }

    [Fact]
    public void EitherTheIdentityPolicyOrTheResourcePolicyIsEnoughWithinTheAccount()
    {
        // The documented example: carlossalazar's identity policy allows his own logs bucket; the bucket policy grants him too.
        var carlos = User("carlossalazar");
        var identity = Compiled(Allow("s3:*", Logs + "/*"));
        Assert.Equal(Decision.Allowed, Decide(WithBucketPolicy(carlos, [identity], Deny("s3:*", "*") with { Principal = Aws($"arn:aws:iam::{Account}:user/nobody") })));
        var bucketGrant = Allow("s3:PutObject", Logs + "/*") with { Principal = Aws($"arn:aws:iam::{Account}:user/carlossalazar") };
        Assert.Equal(Decision.Allowed, Decide(WithBucketPolicy(carlos, [], bucketGrant)));
    }

    [Fact]
    public void AnExplicitDenyInTheResourcePolicyOverridesTheIdentityAllow()
    {
        var carlos = User("carlossalazar");
        var identity = Compiled(Allow("s3:*", "*"));
        var request = WithBucketPolicy(carlos, [identity], Deny("s3:PutObject", Logs + "/*") with { Principal = Aws(Account) });
        Assert.Equal(new AuthorizationDecision(Decision.ExplicitDeny, PolicyType.Resource), PolicyEvaluator.Evaluate(request));
    }

    [Fact]
    public void ARoleArnGrantNeedsNoIdentityAllowButAGrantToTheAccountDoes()
    {
        var session = RoleSession("app");
        var toRole = Allow("s3:PutObject", Logs + "/*") with { Principal = Aws($"arn:aws:iam::{Account}:role/app") };
        Assert.Equal(Decision.Allowed, Decide(WithBucketPolicy(session, [], toRole)));
        var toAccount = Allow("s3:PutObject", Logs + "/*") with { Principal = Aws($"arn:aws:iam::{Account}:root") };
        Assert.Equal(Decision.ImplicitDeny, Decide(WithBucketPolicy(session, [], toAccount)));
        Assert.Equal(Decision.Allowed, Decide(WithBucketPolicy(session, [Compiled(Allow("s3:*", "*"))], toAccount)));
    }

    [Fact]
    public void ResourcePolicyStatementsWithConditionsOnlyApplyWhenSatisfied()
    {
        var grant = Allow("s3:PutObject", Logs + "/*", Condition("Bool", "aws:SecureTransport", "true")) with { Principal = Everyone };
        var request = WithBucketPolicy(User(), [], grant);
        Assert.Equal(Decision.ImplicitDeny, Decide(request));
        Assert.Equal(Decision.Allowed, Decide(request with { Context = new RequestContext().Set("aws:SecureTransport", true) }));
    }

    [Fact]
    public void TheRootUserIsAllowedEverythingInItsAccountUnlessExplicitlyDenied()
    {
        Assert.Equal(new AuthorizationDecision(Decision.Allowed, PolicyType.None), PolicyEvaluator.Evaluate(Request(Root(), "iam:CreateUser", "*")));
        var denyingBucket = WithBucketPolicy(Root(), [], Deny("s3:*", "*") with { Principal = Everyone });
        Assert.Equal(Decision.ExplicitDeny, Decide(denyingBucket));
    }

    [Fact]
    public void ARootSessionIsConfinedToItsSessionPolicies()
    {
        // sts:AssumeRoot: the member account's root, scoped by a task policy passed as a session policy.
        var task = Compiled(Allow("iam:ListAccessKeys", "*"));
        var session = Request(Root(), "iam:ListAccessKeys", "*") with { SessionPolicies = [task] };
        Assert.Equal(new AuthorizationDecision(Decision.Allowed, PolicyType.None), PolicyEvaluator.Evaluate(session));
        Assert.Equal(new AuthorizationDecision(Decision.ImplicitDeny, PolicyType.Session),
            PolicyEvaluator.Evaluate(session with { Action = "iam:CreateUser" }));
        Assert.Equal(Decision.ImplicitDeny, Decide(session with { Action = "iam:CreateUser" }));
        var explanation = PolicyEvaluator.Explain(session with { Action = "iam:CreateUser" });
        Assert.False(explanation.AllowedBySessionPolicies);
    }

    [Fact]
    public void AnonymousRequestsNeedAResourcePolicyThatGrantsEveryone()
    {
        var anonymous = PrincipalInfo.Anonymous;
        Assert.Equal(Decision.ImplicitDeny, Decide(Request(anonymous, "s3:GetObject", Logs + "/x")));
        var toAccount = WithBucketPolicy(anonymous, [], Allow("s3:*", "*") with { Principal = Aws(Account) });
        Assert.Equal(Decision.ImplicitDeny, Decide(toAccount));
        var publicRead = WithBucketPolicy(anonymous, [], Allow("s3:*", "*") with { Principal = Everyone }) with { ResourceAccount = Account };
        Assert.Equal(Decision.Allowed, Decide(publicRead));
        Assert.Equal(new AuthorizationDecision(Decision.ImplicitDeny, PolicyType.Resource), PolicyEvaluator.Evaluate(toAccount));
    }

    [Fact]
    public void StatementsAreIndependentAcrossPolicies()
    {
        var one = Compiled(Allow("s3:GetObject", "arn:aws:s3:::a/*"));
        var two = Compiled(Allow("s3:PutObject", "arn:aws:s3:::b/*"));
        Assert.Equal(Decision.Allowed, Decide(Request("s3:PutObject", "arn:aws:s3:::b/k", one, two)));
        Assert.Equal(Decision.ImplicitDeny, Decide(Request("s3:PutObject", "arn:aws:s3:::a/k", one, two)));
    }
}
