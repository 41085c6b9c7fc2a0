using BenchmarkDotNet.Attributes;
using Rampart.Policy;

namespace Rampart.Benchmarks;

/// <summary>Shows that a decision costs the same whatever the number of policies in the account: as the server does,
/// the principal's 10 attached policies are looked up by ARN in the account's dictionary of compiled policies, and
/// only those reach the evaluator. The unattached policies are never touched.</summary>
[MemoryDiagnoser]
public class AccountScaleBenchmarks
{
    private readonly CompiledPolicy[] resolved = new CompiledPolicy[AttachedPolicies.PolicyCount];
    private Dictionary<string, CompiledPolicy> account = null!;
    private string[] attachedArns = null!;
    private AuthorizationRequest request = null!;

    [Params(10, 10_000)]
    public int PoliciesInAccount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        account = new Dictionary<string, CompiledPolicy>(StringComparer.Ordinal);
        for (var i = 0; i < PoliciesInAccount; i++)
        {
            var arn = $"arn:aws:iam::{AttachedPolicies.Account}:policy/policy-{i}";
            account[arn] = AttachedPolicies.Compile(arn, i);
        }

        // Attach policies spread across the account, one per service (policy k is about service k % 10), so the
        // attached set is the same shape whatever the account's size.
        var stride = PoliciesInAccount / AttachedPolicies.PolicyCount;
        attachedArns = Enumerable.Range(0, AttachedPolicies.PolicyCount)
            .Select(i => (i * stride) - (i * stride % AttachedPolicies.PolicyCount) + i)
            .Select(k => $"arn:aws:iam::{AttachedPolicies.Account}:policy/policy-{k}")
            .ToArray();
        request = new AuthorizationRequest(
            AttachedPolicies.Principal, "ssm:DescribeItem9", $"arn:aws:ssm:eu-west-1:{AttachedPolicies.Account}:parameter/resource-9", AttachedPolicies.Context(), resolved);
        ResolveAttached();
        PolicyEvaluationBenchmarks.Expect(request, Decision.Allowed);
    }

    [Benchmark]
    public AuthorizationDecision ResolveAndEvaluate()
    {
        ResolveAttached();
        return PolicyEvaluator.Evaluate(request);
    }

    /// <summary>The lookup alone: ten dictionary hits, the same work whatever the account's size.</summary>
    [Benchmark]
    public CompiledPolicy ResolveOnly()
    {
        ResolveAttached();
        return resolved[^1];
    }

    private void ResolveAttached()
    {
        for (var i = 0; i < attachedArns.Length; i++)
        {
            resolved[i] = account[attachedArns[i]];
        }
    }
}
