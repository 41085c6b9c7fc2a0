using static Rampart.Policy.Tests.Policies;

namespace Rampart.Policy.Tests;

// Follows "Cross-account policy evaluation logic".
public class CrossAccountEvaluationTests
{
    private const string Queue = "arn:aws:sqs:us-east-1:444455556666:orders";

    private static AuthorizationRequest Send(PrincipalInfo principal, CompiledPolicy[] identity, PrincipalElement? grantee) =>
        new(principal, "sqs:SendMessage", Queue, new RequestContext(), identity)
        {
            ResourceAccount = OtherAccount,
            ResourcePolicy = grantee is null ? null : new(Compiled("queue", PolicyKind.Resource, Allow("sqs:SendMessage", Queue) with { Principal = grantee })),
        };

    private static readonly CompiledPolicy AllowSend = Compiled(Allow("sqs:SendMessage", "*"));

    [Fact]
    public void BothTheResourcePolicyAndTheIdentityPolicyMustAllow()
    {
        var alice = User("alice");
        Assert.Equal(Decision.Allowed, Decide(Send(alice, [AllowSend], Aws(Account))));
        Assert.Equal(new AuthorizationDecision(Decision.ImplicitDeny, PolicyType.Identity), PolicyEvaluator.Evaluate(Send(alice, [], Aws(Account))));
        Assert.Equal(new AuthorizationDecision(Decision.ImplicitDeny, PolicyType.Resource), PolicyEvaluator.Evaluate(Send(alice, [AllowSend], null)));
    }

    [Fact]
    public void AGrantNamingTheUserStillNeedsTheIdentityAllowAcrossAccounts()
    {
        var alice = User("alice");
        var grantee = Aws($"arn:aws:iam::{Account}:user/alice");
        Assert.Equal(Decision.ImplicitDeny, Decide(Send(alice, [], grantee)));
        Assert.Equal(Decision.Allowed, Decide(Send(alice, [AllowSend], grantee)));
    }

    [Fact]
    public void AGrantToAnotherAccountDoesNotLetThisAccountIn() =>
        Assert.Equal(Decision.ImplicitDeny, Decide(Send(User("alice"), [AllowSend], Aws("999988887777"))));

    [Fact]
    public void TheBoundaryStillLimitsCrossAccountAccess()
    {
        var request = Send(User("alice"), [AllowSend], Aws(Account)) with
        {
            PermissionsBoundary = Compiled("boundary", PolicyKind.PermissionsBoundary, Allow("s3:*", "*")),
        };
        Assert.Equal(new AuthorizationDecision(Decision.ImplicitDeny, PolicyType.PermissionsBoundary), PolicyEvaluator.Evaluate(request));
    }

    [Fact]
    public void TheRootUserOfTheCallingAccountNeedsOnlyTheResourcePolicy()
    {
        Assert.Equal(Decision.Allowed, Decide(Send(Root(), [], Aws(Account))));
        Assert.Equal(Decision.ImplicitDeny, Decide(Send(Root(), [], null)));
    }

    [Fact]
    public void ACrossAccountRoleSessionNamedByRoleArnStillNeedsItsIdentityAllow()
    {
        var session = RoleSession("writer");
        var grantee = Aws($"arn:aws:iam::{Account}:role/writer");
        Assert.Equal(Decision.ImplicitDeny, Decide(Send(session, [], grantee)));
        Assert.Equal(Decision.Allowed, Decide(Send(session, [AllowSend], grantee)));
    }
}
