using static Rampart.Policy.Tests.Policies;

namespace Rampart.Policy.Tests;

// The fast path must not allocate once policies are compiled and the request is built (issue 2, section 7).
public class AllocationTests
{
    [Fact]
    public void EvaluateAllocatesNothingOnTheSteadyStatePath()
    {
        var policies = new CompiledPolicy[10];
        for (var p = 0; p < policies.Length; p++)
        {
            policies[p] = Compiled($"p{p}", PolicyKind.Identity,
                Allow("s3:Get*", $"arn:aws:s3:::bucket-{p}/${{aws:username}}/*", Condition("StringEquals", "aws:PrincipalTag/team", "blue", "${aws:PrincipalTag/other}")),
                Allow("ec2:Describe*", "*", Condition("IpAddress", "aws:SourceIp", "10.0.0.0/8", "2001:db8::/32")),
                Allow("dynamodb:*Item", "arn:aws:dynamodb:*:*:table/t?", Condition("DateLessThan", "aws:CurrentTime", "2030-01-01T00:00:00Z")),
                Allow("sqs:*", "*", Condition("ForAnyValue:StringLike", "aws:TagKeys", "team-*"), Condition("NumericLessThan", "s3:max-keys", "100")),
                Deny("s3:DeleteObject", "*", Condition("ArnLike", "aws:SourceArn", "arn:aws:iam::*:role/${aws:username}")),
                Deny("*", "*", Condition("Bool", "aws:SecureTransport", "false")));
        }
        var context = new RequestContext()
            .Set("aws:PrincipalTag/team", "blue")
            .Set("aws:SourceIp", "2001:db8::7")
            .Set("aws:CurrentTime", "2025-01-01T00:00:00Z")
            .Set("aws:TagKeys", ["a", "team-x"])
            .Set("s3:max-keys", 10)
            .Set("aws:SourceArn", "arn:aws:iam::111122223333:role/alice")
            .Set("aws:SecureTransport", true);
        var requests = new[]
        {
            new AuthorizationRequest(User("alice"), "s3:GetObject", "arn:aws:s3:::bucket-3/alice/k", context, policies),
            new AuthorizationRequest(User("alice"), "s3:DeleteObject", "arn:aws:s3:::bucket-3/alice/k", context, policies),
            new AuthorizationRequest(User("alice"), "iam:CreateUser", "*", context, policies),
            new AuthorizationRequest(User("alice"), "sqs:SendMessage", "*", context, policies),
            new AuthorizationRequest(User("alice"), "ec2:DescribeInstances", "*", context, policies) { ServiceControlPolicies = [[policies[0]], [policies[1]]] },
        };
        Assert.Equal(
            [Decision.Allowed, Decision.ExplicitDeny, Decision.ImplicitDeny, Decision.Allowed, Decision.Allowed],
            requests.Select(r => PolicyEvaluator.Evaluate(r).Decision));

        foreach (var request in requests)
        {
            for (var i = 0; i < 1000; i++)
            {
                PolicyEvaluator.Evaluate(request);
            }
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            foreach (var request in requests)
            {
                PolicyEvaluator.Evaluate(request);
            }
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
