using Rampart.Identity;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Protocol;
using Rampart.Protocol.Models;

namespace Rampart.Authorization;

/// <summary>The one enforcement point: asks the policy engine about every resource a call touches, with the
/// caller's policies, the resource's policy and tags, and the global condition keys, and turns a denial into
/// AWS's AccessDenied error.</summary>
public sealed class Authorizer
{
    private readonly IPrincipalPolicySource[] policySources;
    private readonly Dictionary<string, IResourceLookup> lookups;
    private readonly IResourceAccountPolicySource[] accountSources;

    private static readonly IReadOnlyDictionary<string, ContextValue> NoKeys = new Dictionary<string, ContextValue>();

    public Authorizer(
        IEnumerable<IPrincipalPolicySource> policySources,
        IEnumerable<IResourceLookup> lookups,
        IEnumerable<IResourceAccountPolicySource>? accountSources = null)
    {
        this.policySources = [.. policySources];
        this.lookups = lookups.ToDictionary(lookup => lookup.ArnService, StringComparer.Ordinal);
        this.accountSources = [.. accountSources ?? []];
    }

    /// <summary>Returns when every resource is allowed; otherwise throws the protocol's AccessDenied error.</summary>
    public async ValueTask AuthorizeAsync(CallContext call, AccessRequirement access, ProtocolKind protocol, CancellationToken cancellationToken)
    {
        var policies = await PoliciesOfAsync(call.Caller, cancellationToken);
        var principal = call.Caller.ToPolicyPrincipal();
        foreach (var resource in access.Resources)
        {
            var facts = await FindResourceAsync(resource, cancellationToken);
            var resourceAccount = facts?.AccountId ?? AccountOf(resource);
            var organization = await ResourceAccountAsync(resourceAccount, cancellationToken);
            var context = GlobalConditionKeys.Build(call, access, facts?.Tags, policies.CallerKeys, facts?.ConditionKeys);
            foreach (var (key, value) in organization?.ResourceKeys ?? NoKeys)
            {
                context.Set(key, value);
            }
            var request = new AuthorizationRequest(principal, access.Action, resource, context, policies.Identity)
            {
                ResourceAccount = resourceAccount,
                PermissionsBoundary = policies.PermissionsBoundary,
                SessionPolicies = policies.SessionPolicies,
                ServiceControlPolicies = policies.ServiceControlPolicies,
                ResourceControlPolicies = organization?.ResourceControlPolicies,
                ResourcePolicy = facts?.Policy,
            };
            var decision = PolicyEvaluator.Evaluate(request);
            if (!decision.IsAllowed)
            {
                throw new AwsException(
                    protocol == ProtocolKind.Query ? "AccessDenied" : "AccessDeniedException",
                    AccessDeniedMessage.Format(call.Caller.Arn, access.Action, resource, decision, DenyingServiceControlPolicy(request, decision)),
                    403);
            }
        }
        foreach (var also in access.AlsoRequired)
        {
            await AuthorizeAsync(call, also, protocol, cancellationToken);
        }
    }

    /// <summary>The ARN of the SCP that explicitly denied, which AWS quotes since the caller's organization holds it
    /// (AWS names denying policies only within the same account or organization). Found by replaying the decision
    /// with its explanation, so only denials pay for it.</summary>
    private static string? DenyingServiceControlPolicy(AuthorizationRequest request, AuthorizationDecision decision) =>
        decision is { Decision: Decision.ExplicitDeny, PolicyType: PolicyType.ServiceControl }
        && PolicyEvaluator.Explain(request).MatchedStatements
            .FirstOrDefault(statement => statement is { PolicyType: PolicyType.ServiceControl, Effect: Effect.Deny }) is { } denying
        && denying.PolicyName.StartsWith("arn:", StringComparison.Ordinal)
            ? denying.PolicyName
            : null;

    private async ValueTask<PrincipalPolicies> PoliciesOfAsync(Principal caller, CancellationToken cancellationToken)
    {
        var policies = PrincipalPolicies.None;
        foreach (var source in policySources)
        {
            policies = await source.AddPoliciesAsync(caller, policies, cancellationToken);
        }
        return policies;
    }

    /// <summary>What the resource account's organization imposes (RCPs, aws:ResourceOrg* keys); null outside one.</summary>
    public async ValueTask<ResourceAccountPolicies?> ResourceAccountAsync(string? accountId, CancellationToken cancellationToken)
    {
        if (accountId is null)
        {
            return null;
        }
        foreach (var source in accountSources)
        {
            if (await source.FindAsync(accountId, cancellationToken) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    private ValueTask<ResourceFacts?> FindResourceAsync(string resource, CancellationToken cancellationToken) =>
        ArnField(resource, 2) is { } service && lookups.TryGetValue(service, out var lookup)
            ? lookup.FindAsync(resource, cancellationToken)
            : ValueTask.FromResult<ResourceFacts?>(null);

    private static string? AccountOf(string resource) => ArnField(resource, 4) is { Length: > 0 } account ? account : null;

    /// <summary>Field <paramref name="index"/> of "arn:partition:service:region:account:resource".</summary>
    private static string? ArnField(string arn, int index)
    {
        if (!arn.StartsWith("arn:", StringComparison.Ordinal))
        {
            return null;
        }
        var fields = arn.Split(':', 6);
        return fields.Length == 6 ? fields[index] : null;
    }
}
