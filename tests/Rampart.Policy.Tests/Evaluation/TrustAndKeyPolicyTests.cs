using static Rampart.Policy.Tests.Policies;

namespace Rampart.Policy.Tests;

// Follows "Cross-account policy evaluation logic" (roles), "How IAM roles differ from resource-based policies",
// and the AWS KMS Developer Guide pages "Key policies in AWS KMS" and "Default key policy".
public class TrustAndKeyPolicyTests
{
    private const string RoleArn = $"arn:aws:iam::{Account}:role/deployer";
    private static readonly CompiledPolicy Admin = Compiled(Allow("*", "*"));

    private static AuthorizationRequest AssumeRole(PrincipalInfo caller, PrincipalElement trusted, params CompiledPolicy[] identity) =>
        new(caller, "sts:AssumeRole", RoleArn, new RequestContext(), identity)
        {
            ResourceAccount = Account,
            ResourcePolicy = new(Compiled("trust", PolicyKind.Trust, Statement(Effect.Allow, ["sts:AssumeRole"], null) with { Principal = trusted }), MustGrantAccess: true),
        };

    [Fact]
    public void AnAdministratorCannotAssumeARoleWhoseTrustPolicyDoesNotNameThem()
    {
        var request = AssumeRole(User("admin"), Service("lambda.amazonaws.com"), Admin);
        Assert.Equal(new AuthorizationDecision(Decision.ImplicitDeny, PolicyType.Resource), PolicyEvaluator.Evaluate(request));
    }

    [Fact]
    public void TrustingTheAccountDelegatesToIdentityPolicies()
    {
        Assert.Equal(Decision.ImplicitDeny, Decide(AssumeRole(User("dev"), Aws(Account))));
        Assert.Equal(Decision.Allowed, Decide(AssumeRole(User("dev"), Aws(Account), Compiled(Allow("sts:AssumeRole", RoleArn)))));
    }

    [Fact]
    public void TrustingTheUserDirectlyIsEnoughInTheSameAccount() =>
        Assert.Equal(Decision.Allowed, Decide(AssumeRole(User("dev"), Aws($"arn:aws:iam::{Account}:user/dev"))));

    [Fact]
    public void ThePermissionsBoundaryStillLimitsAUserNamedInTheTrustPolicy()
    {
        // "Update a role trust policy": if a permissions boundary is set for the user, it must allow sts:AssumeRole.
        var request = AssumeRole(User("dev"), Aws($"arn:aws:iam::{Account}:user/dev")) with
        {
            PermissionsBoundary = Compiled("boundary", PolicyKind.PermissionsBoundary, Allow("s3:*", "*")),
        };
        Assert.Equal(new AuthorizationDecision(Decision.ImplicitDeny, PolicyType.PermissionsBoundary), PolicyEvaluator.Evaluate(request));
        var widened = request with { PermissionsBoundary = Compiled("boundary", PolicyKind.PermissionsBoundary, Allow("sts:AssumeRole", "*")) };
        Assert.Equal(Decision.Allowed, Decide(widened));
    }

    [Fact]
    public void ACrossAccountCallerNeedsTheTrustAndItsOwnAllow()
    {
        var outsider = User("ops", OtherAccount);
        Assert.Equal(Decision.ImplicitDeny, Decide(AssumeRole(outsider, Aws(OtherAccount))));
        Assert.Equal(Decision.Allowed, Decide(AssumeRole(outsider, Aws(OtherAccount), Compiled(Allow("sts:AssumeRole", "*")))));
        Assert.Equal(Decision.ImplicitDeny, Decide(AssumeRole(outsider, Aws(Account), Compiled(Allow("sts:AssumeRole", "*")))));
    }

    [Fact]
    public void ServiceAndWebIdentityCallersNeedOnlyTheTrust()
    {
        Assert.Equal(Decision.Allowed, Decide(AssumeRole(PrincipalInfo.FromArn("ec2.amazonaws.com"), Service("ec2.amazonaws.com"))));
        var google = new PrincipalInfo("accounts.google.com", PrincipalType.WebIdentity, null);
        var request = AssumeRole(google, Federated("accounts.google.com")) with { Action = "sts:AssumeRoleWithWebIdentity" };
        var audience = Condition("StringEquals", "accounts.google.com:aud", "my-app");
        var trusted = Statement(Effect.Allow, ["sts:AssumeRoleWithWebIdentity"], null, audience) with { Principal = Federated("accounts.google.com") };
        var trust = Compiled("trust", PolicyKind.Trust, trusted);
        request = request with { ResourcePolicy = new(trust, MustGrantAccess: true), Context = new RequestContext().Set("accounts.google.com:aud", "my-app") };
        Assert.Equal(Decision.Allowed, Decide(request));
        Assert.Equal(Decision.ImplicitDeny, Decide(request with { Context = new RequestContext().Set("accounts.google.com:aud", "other") }));
    }

    private const string KeyArn = $"arn:aws:kms:us-east-1:{Account}:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    private static AuthorizationRequest Decrypt(PrincipalInfo caller, CompiledPolicy keyPolicy, params CompiledPolicy[] identity) =>
        new(caller, "kms:Decrypt", KeyArn, new RequestContext(), identity)
        {
            ResourceAccount = Account,
            ResourcePolicy = new(keyPolicy, MustGrantAccess: true),
        };

    // The default key policy: "Enable IAM User Permissions" gives the account, and so its IAM policies, access.
    private static readonly CompiledPolicy DefaultKeyPolicy = Compiled("key-default-1", PolicyKind.KeyPolicy,
        Allow("kms:*", "*") with { Sid = "Enable IAM User Permissions", Principal = Aws($"arn:aws:iam::{Account}:root") });

    [Fact]
    public void TheDefaultKeyPolicyLetsIamPoliciesGrantKeyUse()
    {
        Assert.Equal(Decision.ImplicitDeny, Decide(Decrypt(User("app"), DefaultKeyPolicy)));
        Assert.Equal(Decision.Allowed, Decide(Decrypt(User("app"), DefaultKeyPolicy, Compiled(Allow("kms:Decrypt", KeyArn)))));
        Assert.Equal(Decision.Allowed, Decide(Decrypt(Root(), DefaultKeyPolicy)));
    }

    [Fact]
    public void WithoutTheAccountStatementIamPoliciesCannotGrantKeyUse()
    {
        var keyPolicy = Compiled("custom", PolicyKind.KeyPolicy, Allow("kms:*", "*") with { Principal = Aws($"arn:aws:iam::{Account}:user/keyadmin") });
        Assert.Equal(new AuthorizationDecision(Decision.ImplicitDeny, PolicyType.Resource), PolicyEvaluator.Evaluate(Decrypt(User("app"), keyPolicy, Admin)));
        Assert.Equal(Decision.ImplicitDeny, Decide(Decrypt(Root(), keyPolicy)));
        Assert.Equal(Decision.Allowed, Decide(Decrypt(User("keyadmin"), keyPolicy)));
    }

    [Fact]
    public void AKeyPolicyDenyWinsOverIamAllows()
    {
        var keyPolicy = Compiled("key", PolicyKind.KeyPolicy,
            Allow("kms:*", "*") with { Principal = Aws($"arn:aws:iam::{Account}:root") },
            Deny("kms:Decrypt", "*") with { Principal = Aws($"arn:aws:iam::{Account}:user/app") });
        Assert.Equal(Decision.ExplicitDeny, Decide(Decrypt(User("app"), keyPolicy, Admin)));
    }
}
