using static Rampart.Policy.Tests.Policies;

namespace Rampart.Policy.Tests;

// Follows "AWS JSON policy elements: Principal" and "AWS JSON policy elements: NotPrincipal".
public class PrincipalMatchingTests
{
    private const string Bucket = "arn:aws:s3:::shared";

    private static Decision Access(PrincipalInfo principal, PrincipalElement grantee, string? resourceAccount = Account)
    {
        var resourcePolicy = Compiled("bucket-policy", PolicyKind.Resource, Allow("s3:GetObject", Bucket) with { Principal = grantee });
        return Decide(new AuthorizationRequest(principal, "s3:GetObject", Bucket, new RequestContext(), [])
        {
            ResourceAccount = resourceAccount,
            ResourcePolicy = new ResourceBasedPolicy(resourcePolicy),
        });
    }

    [Fact]
    public void UserArnGrantsThatUserOnly()
    {
        var grantee = Aws($"arn:aws:iam::{Account}:user/alice");
        Assert.Equal(Decision.Allowed, Access(User("alice"), grantee));
        Assert.Equal(Decision.ImplicitDeny, Access(User("bob"), grantee));
    }

    [Fact]
    public void RoleArnGrantsTheRolesSessions()
    {
        var grantee = Aws($"arn:aws:iam::{Account}:role/app");
        Assert.Equal(Decision.Allowed, Access(RoleSession("app", "any-session"), grantee));
        Assert.Equal(Decision.ImplicitDeny, Access(RoleSession("other"), grantee));
    }

    [Fact]
    public void RoleArnWithPathMatchesTheSameRole()
    {
        var session = RoleSession("app") with { RoleArn = $"arn:aws:iam::{Account}:role/team/app" };
        Assert.Equal(Decision.Allowed, Access(session, Aws($"arn:aws:iam::{Account}:role/team/app")));
    }

    [Fact]
    public void AssumedRoleSessionArnGrantsThatSessionOnly()
    {
        var grantee = Aws($"arn:aws:sts::{Account}:assumed-role/app/s1");
        Assert.Equal(Decision.Allowed, Access(RoleSession("app", "s1"), grantee));
        Assert.Equal(Decision.ImplicitDeny, Access(RoleSession("app", "s2"), grantee));
    }

    [Fact]
    public void AccountIdAndRootArnDelegateToTheAccountsIamPolicies()
    {
        // Naming the account lets the account's identities in, but only as far as their own policies allow.
        Assert.Equal(Decision.ImplicitDeny, Access(User("alice"), Aws(Account)));
        Assert.Equal(Decision.ImplicitDeny, Access(User("alice"), Aws($"arn:aws:iam::{Account}:root")));
        Assert.Equal(Decision.Allowed, Access(Root(), Aws($"arn:aws:iam::{Account}:root")));
    }

    [Fact]
    public void WildcardGrantsEveryoneIncludingAnonymous()
    {
        Assert.Equal(Decision.Allowed, Access(PrincipalInfo.Anonymous, Everyone, null));
        Assert.Equal(Decision.Allowed, Access(PrincipalInfo.Anonymous, Aws("*"), null));
        Assert.Equal(Decision.Allowed, Access(User("anyone"), Everyone));
    }

    [Fact]
    public void ServicePrincipals()
    {
        var cloudtrail = PrincipalInfo.FromArn("cloudtrail.amazonaws.com");
        Assert.Equal(PrincipalType.Service, cloudtrail.Type);
        Assert.Equal(Decision.Allowed, Access(cloudtrail, Service("cloudtrail.amazonaws.com"), null));
        Assert.Equal(Decision.ImplicitDeny, Access(cloudtrail, Service("config.amazonaws.com"), null));
        Assert.Equal(Decision.ImplicitDeny, Access(cloudtrail, Aws(Account), null));
    }

    [Fact]
    public void FederatedPrincipals()
    {
        var google = new PrincipalInfo("accounts.google.com", PrincipalType.WebIdentity, null);
        Assert.Equal(Decision.Allowed, Access(google, Federated("accounts.google.com"), null));
        var saml = new PrincipalInfo($"arn:aws:iam::{Account}:saml-provider/Okta", PrincipalType.Saml, null);
        Assert.Equal(Decision.Allowed, Access(saml, Federated($"arn:aws:iam::{Account}:saml-provider/Okta"), null));
        Assert.Equal(Decision.ImplicitDeny, Access(saml, Federated("accounts.google.com"), null));
    }

    [Fact]
    public void NotPrincipalWithDenyExemptsOnlyWhenEveryIdentityIsListed()
    {
        // The documented example lists the account and the user; leaving out the account denies the user too.
        CompiledPolicy Bucket(params string[] exempt) => Compiled("bucket", PolicyKind.Resource,
            Allow("s3:*", "*") with { Principal = Everyone },
            Deny("s3:*", "*") with { NotPrincipal = Aws(exempt) });
        Decision For(PrincipalInfo principal, CompiledPolicy policy) =>
            Decide(new AuthorizationRequest(principal, "s3:GetObject", "arn:aws:s3:::b", new RequestContext(), []) { ResourcePolicy = new(policy) });

        var bob = User("Bob");
        Assert.Equal(Decision.Allowed, For(bob, Bucket($"arn:aws:iam::{Account}:user/Bob", $"arn:aws:iam::{Account}:root")));
        Assert.Equal(Decision.ExplicitDeny, For(bob, Bucket($"arn:aws:iam::{Account}:user/Bob")));
        Assert.Equal(Decision.ExplicitDeny, For(User("carol"), Bucket($"arn:aws:iam::{Account}:user/Bob", $"arn:aws:iam::{Account}:root")));

        var session = RoleSession("reader", "s");
        var roleAndAccount = Bucket($"arn:aws:iam::{Account}:role/reader", $"arn:aws:iam::{Account}:root");
        Assert.Equal(Decision.ExplicitDeny, For(session, roleAndAccount));
        var all = Bucket($"arn:aws:iam::{Account}:role/reader", $"arn:aws:sts::{Account}:assumed-role/reader/s", $"arn:aws:iam::{Account}:root");
        Assert.Equal(Decision.Allowed, For(session, all));
    }

    [Fact]
    public void NotPrincipalWithDenyAlwaysDeniesAPrincipalThatHasAPermissionsBoundary()
    {
        var bucket = Compiled("bucket", PolicyKind.Resource,
            Allow("s3:*", "*") with { Principal = Everyone },
            Deny("s3:*", "*") with { NotPrincipal = Aws($"arn:aws:iam::{Account}:user/Bob", $"arn:aws:iam::{Account}:root") });
        var request = new AuthorizationRequest(User("Bob"), "s3:GetObject", "arn:aws:s3:::b", new RequestContext(), [])
        {
            ResourcePolicy = new(bucket),
            PermissionsBoundary = Compiled(Allow("*", "*")),
        };
        Assert.Equal(Decision.ExplicitDeny, Decide(request));
    }

    [Theory]
    [InlineData("arn:aws:iam::111122223333:root", PrincipalType.Root)]
    [InlineData("arn:aws:iam::111122223333:user/path/alice", PrincipalType.User)]
    [InlineData("arn:aws:sts::111122223333:assumed-role/app/s1", PrincipalType.AssumedRole)]
    [InlineData("arn:aws:sts::111122223333:federated-user/bob", PrincipalType.FederatedUser)]
    [InlineData("kms.amazonaws.com", PrincipalType.Service)]
    [InlineData("*", PrincipalType.Anonymous)]
    public void FromArnRecognisesEachKind(string arn, PrincipalType expected)
    {
        Assert.Equal(expected, PrincipalInfo.FromArn(arn).Type);
    }

    [Fact]
    public void FromArnReconstructsTheRoleOfASession()
    {
        var session = PrincipalInfo.FromArn("arn:aws:sts::111122223333:assumed-role/app/s1");
        Assert.Equal("arn:aws:iam::111122223333:role/app", session.RoleArn);
        Assert.Equal("111122223333", session.AccountId);
        Assert.Throws<ArgumentException>(() => PrincipalInfo.FromArn("arn:aws:s3:::bucket"));
        Assert.Throws<ArgumentException>(() => PrincipalInfo.FromArn("bob"));
    }
}
