using static Rampart.Policy.Tests.Policies;

namespace Rampart.Policy.Tests;

// Follows "Permissions boundaries for IAM entities" (evaluating effective permissions with boundaries) and
// "Session policies".
public class BoundaryAndSessionPolicyTests
{
    private const string Bucket = "arn:aws:s3:::b";

    // The documented ShirleyRodriguez example: the boundary allows S3, CloudWatch and EC2; the identity policy allows
    // iam:CreateUser, which therefore stays denied.
    private static readonly CompiledPolicy ShirleyBoundary = Compiled("boundary", PolicyKind.PermissionsBoundary, "2012-10-17",
        Statement(Effect.Allow, ["s3:*", "cloudwatch:*", "ec2:*"], ["*"]));

    [Fact]
    public void TheBoundaryLimitsWhatIdentityPoliciesGrant()
    {
        var identity = Compiled(Allow("iam:CreateUser", "*"), Allow("s3:*", "*"));
        var createUser = Request(User("ShirleyRodriguez"), "iam:CreateUser", "*", identity) with { PermissionsBoundary = ShirleyBoundary };
        Assert.Equal(new AuthorizationDecision(Decision.ImplicitDeny, PolicyType.PermissionsBoundary), PolicyEvaluator.Evaluate(createUser));
        Assert.Equal(Decision.Allowed, Decide(createUser with { Action = "s3:ListBucket" }));
    }

    [Fact]
    public void TheBoundaryGrantsNothingByItself()
    {
        var request = Request(User("ShirleyRodriguez"), "s3:ListBucket", "*") with { PermissionsBoundary = ShirleyBoundary };
        Assert.Equal(new AuthorizationDecision(Decision.ImplicitDeny, PolicyType.Identity), PolicyEvaluator.Evaluate(request));
    }

    [Fact]
    public void AnExplicitDenyInTheBoundaryIsReported()
    {
        var boundary = Compiled("boundary", PolicyKind.PermissionsBoundary, Allow("*", "*"), Deny("s3:DeleteBucket", "*"));
        var request = Request(User(), "s3:DeleteBucket", Bucket, Compiled(Allow("*", "*"))) with { PermissionsBoundary = boundary };
        Assert.Equal(new AuthorizationDecision(Decision.ExplicitDeny, PolicyType.PermissionsBoundary), PolicyEvaluator.Evaluate(request));
    }

    private static AuthorizationRequest BucketGrant(PrincipalInfo principal, PrincipalElement grantee) =>
        new(principal, "s3:GetObject", Bucket + "/k", new RequestContext(), [])
        {
            ResourceAccount = Account,
            ResourcePolicy = new(Compiled("bucket", PolicyKind.Resource, Allow("s3:GetObject", Bucket + "/*") with { Principal = grantee })),
            PermissionsBoundary = Compiled("boundary", PolicyKind.PermissionsBoundary, Allow("ec2:*", "*")),
        };

    [Fact]
    public void AResourcePolicyGrantToTheUserArnIsNotLimitedByTheBoundary() =>
        Assert.Equal(Decision.Allowed, Decide(BucketGrant(User("alice"), Aws($"arn:aws:iam::{Account}:user/alice"))));

    [Fact]
    public void AResourcePolicyGrantToTheRoleArnIsLimitedByTheBoundary() =>
        Assert.Equal(new AuthorizationDecision(Decision.ImplicitDeny, PolicyType.PermissionsBoundary),
            PolicyEvaluator.Evaluate(BucketGrant(RoleSession("app", "s1"), Aws($"arn:aws:iam::{Account}:role/app"))));

    [Fact]
    public void AResourcePolicyGrantToTheSessionArnIsNotLimitedByTheBoundary() =>
        Assert.Equal(Decision.Allowed, Decide(BucketGrant(RoleSession("app", "s1"), Aws($"arn:aws:sts::{Account}:assumed-role/app/s1"))));

    [Fact]
    public void SessionPoliciesLimitTheRolesIdentityPolicies()
    {
        var role = Compiled(Allow("s3:*", "*"), Allow("ec2:*", "*"));
        var session = Compiled("session", PolicyKind.Session, Allow("s3:GetObject", "*"));
        var request = Request(RoleSession(), "s3:GetObject", Bucket + "/k", role) with { SessionPolicies = [session] };
        Assert.Equal(Decision.Allowed, Decide(request));
        Assert.Equal(new AuthorizationDecision(Decision.ImplicitDeny, PolicyType.Session), PolicyEvaluator.Evaluate(request with { Action = "ec2:RunInstances" }));
        Assert.Equal(new AuthorizationDecision(Decision.ImplicitDeny, PolicyType.Identity), PolicyEvaluator.Evaluate(request with { Action = "s3:GetObject", IdentityPolicies = [] }));
    }

    [Fact]
    public void SessionPoliciesCannotGrantMoreThanTheIdentityPolicies()
    {
        var request = Request(RoleSession(), "iam:CreateUser", "*", Compiled(Allow("s3:*", "*"))) with
        {
            SessionPolicies = [Compiled("session", PolicyKind.Session, Allow("*", "*"))],
        };
        Assert.Equal(new AuthorizationDecision(Decision.ImplicitDeny, PolicyType.Identity), PolicyEvaluator.Evaluate(request));
    }

    [Fact]
    public void AFederatedUserSessionWithoutSessionPoliciesHasNoPermissions()
    {
        var federated = PrincipalInfo.FromArn($"arn:aws:sts::{Account}:federated-user/bob");
        var request = Request(federated, "s3:GetObject", Bucket + "/k", Compiled(Allow("*", "*"))) with { SessionPolicies = [] };
        Assert.Equal(new AuthorizationDecision(Decision.ImplicitDeny, PolicyType.Session), PolicyEvaluator.Evaluate(request));
    }

    [Fact]
    public void ResourcePolicyGrantToTheSessionIsNotLimitedBySessionPoliciesButToTheRoleIs()
    {
        var session = Compiled("session", PolicyKind.Session, Allow("ec2:*", "*"));
        AuthorizationRequest For(PrincipalElement grantee) => new(RoleSession("app", "s1"), "s3:GetObject", Bucket + "/k", new RequestContext(), [])
        {
            ResourceAccount = Account,
            SessionPolicies = [session],
            ResourcePolicy = new(Compiled("bucket", PolicyKind.Resource, Allow("s3:GetObject", "*") with { Principal = grantee })),
        };
        Assert.Equal(Decision.Allowed, Decide(For(Aws($"arn:aws:sts::{Account}:assumed-role/app/s1"))));
        Assert.Equal(new AuthorizationDecision(Decision.ImplicitDeny, PolicyType.Session), PolicyEvaluator.Evaluate(For(Aws($"arn:aws:iam::{Account}:role/app"))));
    }

    [Fact]
    public void AnExplicitDenyInASessionPolicyIsReported()
    {
        var request = Request(RoleSession(), "s3:GetObject", Bucket, Compiled(Allow("*", "*"))) with
        {
            SessionPolicies = [Compiled("session", PolicyKind.Session, Allow("*", "*"), Deny("s3:*", "*"))],
        };
        Assert.Equal(new AuthorizationDecision(Decision.ExplicitDeny, PolicyType.Session), PolicyEvaluator.Evaluate(request));
    }
}
