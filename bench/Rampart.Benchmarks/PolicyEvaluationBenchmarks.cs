using BenchmarkDotNet.Attributes;
using Rampart.Policy;

namespace Rampart.Benchmarks;

/// <summary>One decision for a principal with 10 attached identity policies (100 statements with wildcards and
/// conditions), for requests that end in each of the three decisions. Policies are compiled once in setup.</summary>
[MemoryDiagnoser]
public class PolicyEvaluationBenchmarks
{
    private AuthorizationRequest allow = null!;
    private AuthorizationRequest explicitDeny = null!;
    private AuthorizationRequest implicitDeny = null!;

    [GlobalSetup]
    public void Setup()
    {
        var policies = new List<CompiledPolicy>();
        for (var i = 0; i < AttachedPolicies.PolicyCount; i++)
        {
            policies.Add(AttachedPolicies.Compile($"arn:aws:iam::{AttachedPolicies.Account}:policy/attached-{i}", i));
        }

        var context = AttachedPolicies.Context();
        allow = new AuthorizationRequest(
            AttachedPolicies.Principal, "ssm:DescribeItem9", $"arn:aws:ssm:eu-west-1:{AttachedPolicies.Account}:parameter/resource-9", context, policies);
        explicitDeny = new AuthorizationRequest(AttachedPolicies.Principal, "s3:DeleteBucket", "arn:aws:s3:::bucket-1-logs", context, policies);
        implicitDeny = new AuthorizationRequest(
            AttachedPolicies.Principal, "iam:CreateAccessKey", $"arn:aws:iam::{AttachedPolicies.Account}:user/division/alice", context, policies);

        Expect(allow, Decision.Allowed);
        Expect(explicitDeny, Decision.ExplicitDeny);
        Expect(implicitDeny, Decision.ImplicitDeny);
    }

    [Benchmark]
    public AuthorizationDecision Allow() => PolicyEvaluator.Evaluate(allow);

    [Benchmark]
    public AuthorizationDecision ExplicitDeny() => PolicyEvaluator.Evaluate(explicitDeny);

    [Benchmark]
    public AuthorizationDecision ImplicitDeny() => PolicyEvaluator.Evaluate(implicitDeny);

    internal static void Expect(AuthorizationRequest request, Decision expected)
    {
        var actual = PolicyEvaluator.Evaluate(request).Decision;
        if (actual != expected)
        {
            throw new InvalidOperationException($"{request.Action} on {request.Resource} decided {actual}, the benchmark expects {expected}.");
        }
    }
}
