using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Rampart.Policy.Tests;

// Properties that follow from "Policy evaluation logic": denies only narrow, allows only widen, SCPs only narrow,
// and the explanation never disagrees with the decision.
[Properties(Arbitrary = [typeof(ScenarioGenerators), typeof(ExtensionGenerators)], MaxTest = 400)]
public class EvaluationProperties
{
    [Fact]
    public void GeneratedScenariosReachEveryDecisionAndPolicyType()
    {
        // A fixed seed keeps this check of the generator's reach deterministic.
        var decisions = Gen.Sample(ScenarioGenerators.Scenarios(), 3000, new Rnd(20261122), 20)
            .Select(scenario => PolicyEvaluator.Evaluate(scenario.Build()))
            .ToArray();
        foreach (var decision in Enum.GetValues<Decision>())
        {
            Assert.True(decisions.Count(d => d.Decision == decision) >= 30, $"{decision} is rarely generated: {string.Join(", ", decisions.GroupBy(d => d).Select(g => $"{g.Key}={g.Count()}"))}");
        }
        foreach (var type in new[] { PolicyType.Identity, PolicyType.Resource, PolicyType.ServiceControl, PolicyType.ResourceControl, PolicyType.PermissionsBoundary, PolicyType.Session })
        {
            Assert.Contains(decisions, d => d.Decision == Decision.ExplicitDeny && d.PolicyType == type);
            Assert.Contains(decisions, d => d.Decision == Decision.ImplicitDeny && d.PolicyType == type);
        }
    }

    [Property]
    public Property ExplainAgreesWithEvaluate(Scenario scenario)
    {
        var request = scenario.Build();
        return (PolicyEvaluator.Evaluate(request) == PolicyEvaluator.Explain(request).ToDecision()).Label(scenario.ToString());
    }

    [Property]
    public Property AddingADenyNeverTurnsADenyIntoAnAllow(Scenario scenario, AddedDeny deny)
    {
        var before = PolicyEvaluator.Evaluate(scenario.Build()).Decision;
        var after = PolicyEvaluator.Evaluate(deny.Extension.Apply(scenario).Build()).Decision;
        return (before == Decision.Allowed || after != Decision.Allowed).Label($"{scenario}\n  + {deny}");
    }

    [Property]
    public Property AddingADenyNeverAllows(Scenario scenario, AddedDeny deny)
    {
        var before = PolicyEvaluator.Evaluate(scenario.Build()).Decision;
        var after = PolicyEvaluator.Evaluate(deny.Extension.Apply(scenario).Build()).Decision;
        return (after != Decision.Allowed || before == Decision.Allowed).And(before != Decision.ExplicitDeny || after == Decision.ExplicitDeny).Label($"{scenario}\n  + {deny}");
    }

    [Property]
    public Property AddingAnAllowNeverTurnsAnAllowIntoADeny(Scenario scenario, AddedAllow allow)
    {
        var before = PolicyEvaluator.Evaluate(scenario.Build()).Decision;
        var after = PolicyEvaluator.Evaluate(allow.Extension.Apply(scenario).Build()).Decision;
        return (before != Decision.Allowed || after == Decision.Allowed).Label($"{scenario}\n  + {allow}");
    }

    [Property]
    public Property AnScpCanOnlyNarrow(Scenario scenario)
    {
        var withScps = PolicyEvaluator.Evaluate(scenario.Build()).Decision;
        var withoutScps = PolicyEvaluator.Evaluate((scenario with { Scps = null }).Build()).Decision;
        return (withScps != Decision.Allowed || withoutScps == Decision.Allowed).Label(scenario.ToString());
    }

    [Property]
    public Property AnRcpCanOnlyNarrow(Scenario scenario)
    {
        var withRcps = PolicyEvaluator.Evaluate(scenario.Build()).Decision;
        var withoutRcps = PolicyEvaluator.Evaluate((scenario with { Rcps = null }).Build()).Decision;
        return (withRcps != Decision.Allowed || withoutRcps == Decision.Allowed).Label(scenario.ToString());
    }

    [Property]
    public Property StatementOrderDoesNotMatter(Scenario scenario)
    {
        static PolicyStatement[] Reverse(PolicyStatement[] statements) => [.. statements.Reverse()];
        static PolicyStatement[][] ReverseAll(PolicyStatement[][] policies) => [.. policies.Select(Reverse).Reverse()];
        var reversed = scenario with
        {
            Identity = ReverseAll(scenario.Identity),
            Boundary = scenario.Boundary is null ? null : Reverse(scenario.Boundary),
            Session = scenario.Session is null ? null : ReverseAll(scenario.Session),
            ResourcePolicy = scenario.ResourcePolicy is null ? null : Reverse(scenario.ResourcePolicy),
            Scps = scenario.Scps?.Select(ReverseAll).ToArray(),
            Rcps = scenario.Rcps?.Select(ReverseAll).ToArray(),
        };
        return (PolicyEvaluator.Evaluate(scenario.Build()) == PolicyEvaluator.Evaluate(reversed.Build())).Label(scenario.ToString());
    }
}
