using FsCheck.Xunit;
using Rampart.Policy.Parsing;

namespace Rampart.Policy.Tests.Parsing;

/// <summary>Every document the parser accepts can be compiled and evaluated without an exception, and the fast path
/// and the explaining path reach the same decision.</summary>
public class ParsedPolicyEvaluationProperties
{
    private static readonly PrincipalInfo Alice = PrincipalInfo.FromArn("arn:aws:iam::111122223333:user/alice");

    [Property(MaxTest = 3000, Arbitrary = [typeof(PolicyFuzzArbitraries)])]
    public void AcceptedDocumentsCompileAndEvaluate(PolicyFuzzInput input)
    {
        if (!PolicyParser.TryParse(input.Text, input.Kind, "fuzz", out var document, out _))
        {
            return;
        }

        var request = RequestWith(CompiledPolicy.Compile(document));
        Assert.Equal(PolicyEvaluator.Evaluate(request), PolicyEvaluator.Explain(request).ToDecision());
    }

    private static AuthorizationRequest RequestWith(CompiledPolicy policy)
    {
        var context = new RequestContext()
            .Set("aws:SecureTransport", true)
            .Set("aws:SourceIp", "10.1.2.3")
            .Set("aws:CurrentTime", "2024-06-01T00:00:00Z")
            .Set("aws:TagKeys", ["team", "env"]);
        var request = new AuthorizationRequest(Alice, "s3:GetObject", "arn:aws:s3:::b/alice/report.csv", context, []);
        return policy.Kind switch
        {
            PolicyKind.Identity => request with { IdentityPolicies = [policy] },
            PolicyKind.PermissionsBoundary => request with { IdentityPolicies = [policy], PermissionsBoundary = policy },
            PolicyKind.Session => request with { SessionPolicies = [policy] },
            PolicyKind.ServiceControl => request with { ServiceControlPolicies = [[policy]] },
            PolicyKind.ResourceControl => request with { ResourceControlPolicies = [[policy]] },
            _ => request with { ResourcePolicy = new ResourceBasedPolicy(policy, policy.Kind != PolicyKind.Resource) },
        };
    }
}
