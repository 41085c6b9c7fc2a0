using System.Globalization;
using Rampart.Iam.Policies;
using Rampart.Iam.Policies.Enforcement;
using Rampart.Policy;
using Rampart.Protocol;

namespace Rampart.Iam.Simulator;

/// <summary>Runs the policy engine's Explain for every action on every resource of a scenario and reports it as IAM's
/// simulator does: one result per action, decided by its most restrictive resource, with each resource's own result.</summary>
public static class PolicySimulator
{
    private const string AllResources = "*";

    /// <param name="caller">Who is asking; when the scenario names no caller and the principal is not a user, the
    /// simulation runs as the caller's ARN but as an IAM identity bound by the simulated policies (never as root,
    /// which would need no policy at all).</param>
    public static SimulatePolicyResponse Run(SimulatedPrincipal who, SimulationScenario scenario, Identity.Principal caller)
    {
        var callerAccountId = caller.AccountId;
        var resourcePolicy = scenario.ResourcePolicy is null
            ? null
            : SimulationPolicies.Parse(scenario.ResourcePolicy, "ResourcePolicy", PolicyKind.Resource, PolicySourceType.Resource);
        if (resourcePolicy is not null && scenario.CallerArn is null && who.Principal is null)
        {
            throw new AwsException("InvalidInput", "CallerArn is required when a ResourcePolicy is simulated.");
        }
        var principal = scenario.CallerArn is { } callerArn
            ? CallerOf(callerArn)
            : who.Principal ?? new PrincipalInfo(caller.Arn, PrincipalType.User, callerAccountId, null, caller.UserId);
        var sources = new Dictionary<string, SourcedPolicy>(StringComparer.Ordinal);
        foreach (var policy in who.Identity.Append(who.Boundary).Append(resourcePolicy).OfType<SourcedPolicy>())
        {
            sources.TryAdd(policy.Policy.Name, policy);
        }
        var identity = who.Identity.Select(p => p.Policy).ToList();
        var context = Context(who.Tags, scenario.ContextEntries);
        var resources = scenario.ResourceArns is { Count: > 0 } arns ? arns : [AllResources];
        var ownerAccount = scenario.ResourceOwner is { } owner ? AccountOf(owner) : null;

        var start = PageMarker.Redeem(scenario.Marker) is { } marker && int.TryParse(marker, CultureInfo.InvariantCulture, out var index) ? index : 0;
        var limit = scenario.MaxItems ?? PageMarker.DefaultMaxItems;
        var results = new List<EvaluationResult>();
        foreach (var action in scenario.ActionNames.Skip(start).Take(limit))
        {
            var perResource = resources.Select(resource =>
            {
                var resourceAccount = AccountOf(resource) ?? ownerAccount ?? principal.AccountId ?? callerAccountId;
                var explanation = PolicyEvaluator.Explain(new AuthorizationRequest(principal, action, resource, context, identity)
                {
                    ResourceAccount = resourceAccount,
                    PermissionsBoundary = who.Boundary?.Policy,
                    ServiceControlPolicies = who.ServiceControlPolicies,
                    ResourcePolicy = resourcePolicy is null ? null : new ResourceBasedPolicy(resourcePolicy.Policy),
                });
                var crossAccount = resourceAccount != principal.AccountId;
                return (Resource: resource, Explanation: explanation, CrossAccount: crossAccount);
            }).ToList();
            results.Add(Result(action, perResource, sources, who.Boundary is not null));
        }
        var next = start + results.Count;
        var truncated = next < scenario.ActionNames.Count;
        return new SimulatePolicyResponse(results, truncated, truncated ? PageMarker.Issue(next.ToString(CultureInfo.InvariantCulture)) : null);
    }

    private static EvaluationResult Result(
        string action, List<(string Resource, Explanation Explanation, bool CrossAccount)> perResource,
        Dictionary<string, SourcedPolicy> sources, bool hasBoundary)
    {
        var specific = perResource.Select(r => new ResourceSpecificResult(
            r.Resource,
            DecisionText(r.Explanation.Decision),
            Statements(r.Explanation, sources),
            r.Explanation.MissingContextValues,
            Details(r.Resource, r.Explanation, r.CrossAccount),
            hasBoundary ? new PermissionsBoundaryDecisionDetail(r.Explanation.AllowedByPermissionsBoundary == true) : null)).ToList();
        var deciding = perResource.MaxBy(r => Restrictiveness(r.Explanation.Decision));
        var decided = perResource.Where(r => r.Explanation.Decision == deciding.Explanation.Decision).ToList();
        return new EvaluationResult(
            action,
            perResource.Count == 1 ? perResource[0].Resource : AllResources,
            DecisionText(deciding.Explanation.Decision),
            [.. decided.SelectMany(r => Statements(r.Explanation, sources)).Distinct()],
            [.. perResource.SelectMany(r => r.Explanation.MissingContextValues).Distinct(StringComparer.OrdinalIgnoreCase)],
            deciding.Explanation.AllowedByOrganizations is { } organizations ? new OrganizationsDecisionDetail(organizations) : null,
            hasBoundary ? new PermissionsBoundaryDecisionDetail(deciding.Explanation.AllowedByPermissionsBoundary == true) : null,
            Details(deciding.Resource, deciding.Explanation, deciding.CrossAccount),
            specific);
    }

    /// <summary>The statements that decided: only the denying ones under an explicit deny, the allowing ones otherwise.</summary>
    private static List<SimulatedStatement> Statements(Explanation explanation, Dictionary<string, SourcedPolicy> sources)
    {
        var effect = explanation.Decision == Decision.ExplicitDeny ? Effect.Deny : Effect.Allow;
        return [.. explanation.MatchedStatements
            .Where(m => m.Effect == effect && sources.ContainsKey(m.PolicyName))
            .Select(m => new SimulatedStatement(
                sources[m.PolicyName].SourcePolicyId,
                sources[m.PolicyName].SourcePolicyType,
                new Position(m.Span.StartLine, m.Span.StartColumn),
                new Position(m.Span.EndLine, m.Span.EndColumn)))];
    }

    /// <summary>IAM explains how each policy type contributed only across accounts; within one account the map is
    /// empty for a named resource and absent for "*".</summary>
    private static Dictionary<string, string>? Details(string resource, Explanation explanation, bool crossAccount)
    {
        if (!crossAccount)
        {
            return resource == AllResources ? null : [];
        }
        var details = new Dictionary<string, string>
        {
            ["IAM Policy"] = explanation.AllowedByIdentityPolicies ? "allowed" : "implicitDeny",
        };
        if (explanation.AllowedByResourcePolicy is { } byResource)
        {
            details["Resource Policy"] = byResource ? "allowed" : "implicitDeny";
        }
        return details;
    }

    private static RequestContext Context(IReadOnlyDictionary<string, string> tags, IReadOnlyList<ContextEntry>? entries)
    {
        var context = new RequestContext();
        foreach (var (key, value) in tags)
        {
            context.Set("aws:PrincipalTag/" + key, value);
        }
        foreach (var entry in entries ?? [])
        {
            if (entry.ContextKeyName is not { } key || entry.ContextKeyValues is not { Count: > 0 } values)
            {
                continue;
            }
            if (entry.IsList)
            {
                context.Set(key, values);
            }
            else
            {
                context.Set(key, values[0]);
            }
        }
        return context;
    }

    private static PrincipalInfo CallerOf(string arn)
    {
        try
        {
            return PrincipalInfo.FromArn(arn);
        }
        catch (ArgumentException)
        {
            throw new AwsException("InvalidInput", $"Invalid ARN: {arn}");
        }
    }

    private static string? AccountOf(string arn) =>
        arn.Split(':', 6) is ["arn", _, _, _, { Length: > 0 } account, _] ? account : null;

    private static int Restrictiveness(Decision decision) => decision switch
    {
        Decision.ExplicitDeny => 2,
        Decision.ImplicitDeny => 1,
        _ => 0,
    };

    private static string DecisionText(Decision decision) => decision switch
    {
        Decision.Allowed => "allowed",
        Decision.ExplicitDeny => "explicitDeny",
        _ => "implicitDeny",
    };
}
