using System.Buffers;

namespace Rampart.Policy;

/// <summary>AWS's policy evaluation logic. <see cref="Evaluate"/> is the allocation-free fast path;
/// <see cref="Explain"/> runs the same procedure while recording everything it sees.</summary>
public static class PolicyEvaluator
{
    public static AuthorizationDecision Evaluate(AuthorizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sink = new SilentSink();
        return Decide(request, ref sink, out _);
    }

    public static Explanation Explain(AuthorizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var matched = new List<MatchedStatement>();
        var missing = new List<string>();
        var sink = new RecordingSink(matched, missing);
        var decision = Decide(request, ref sink, out var facts);
        return new Explanation(
            decision.Decision,
            decision.PolicyType,
            matched,
            missing,
            facts.Identity.Allows,
            request.PermissionsBoundary is null ? null : facts.Boundary.Allows,
            request.SessionPolicies is null ? null : facts.Session.Allows,
            request.ResourcePolicy is null ? null : facts.Resource.BestAllow != PrincipalMatch.None && !facts.Resource.HasDeny,
            request.ApplicableServiceControlPolicies is null ? null : facts.EveryScpLevelAllows && !facts.ScpDenies,
            request.ApplicableResourceControlPolicies is null ? null : facts.EveryRcpLevelAllows && !facts.RcpDenies);
    }

    private static AuthorizationDecision Decide<TSink>(AuthorizationRequest request, ref TSink sink, out DecisionFacts facts)
        where TSink : struct, IEvaluationSink
    {
        // Actions compare without regard to case: lower-case the request's action once, so every pattern (stored
        // lower-case) compares ordinally.
        Span<char> lowered = stackalloc char[ActionBufferSize];
        char[]? rented = null;
        if (request.Action.Length > ActionBufferSize)
        {
            lowered = rented = ArrayPool<char>.Shared.Rent(request.Action.Length);
        }
        try
        {
            var length = request.Action.AsSpan().ToLowerInvariant(lowered);
            return Decide(request, lowered[..length], ref sink, out facts);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private const int ActionBufferSize = 256;

    private static AuthorizationDecision Decide<TSink>(AuthorizationRequest request, ReadOnlySpan<char> action, ref TSink sink, out DecisionFacts facts)
        where TSink : struct, IEvaluationSink
    {
        facts = default;
        // Explicit denies are looked for in AWS's order (RCPs, SCPs, resource, identity, boundary, session); the first
        // policy type holding one is reported.
        var firstDeny = PolicyType.None;
        if (request.ApplicableResourceControlPolicies is { } rcps)
        {
            facts.EveryRcpLevelAllows = EvaluateLevels(rcps, PolicyType.ResourceControl, request, action, ref sink, out facts.RcpDenies);
            if (facts.RcpDenies && NoteDeny(ref firstDeny, PolicyType.ResourceControl, sink.VisitsAll))
            {
                return new AuthorizationDecision(Decision.ExplicitDeny, PolicyType.ResourceControl);
            }
        }
        if (request.ApplicableServiceControlPolicies is { } scps)
        {
            facts.EveryScpLevelAllows = EvaluateLevels(scps, PolicyType.ServiceControl, request, action, ref sink, out facts.ScpDenies);
            if (facts.ScpDenies && NoteDeny(ref firstDeny, PolicyType.ServiceControl, sink.VisitsAll))
            {
                return new AuthorizationDecision(Decision.ExplicitDeny, PolicyType.ServiceControl);
            }
        }
        if (request.ResourcePolicy is { } resourcePolicy)
        {
            EvaluatePolicy(resourcePolicy.Policy, PolicyType.Resource, 0, request, action, ref sink, ref facts.Resource);
            if (facts.Resource.HasDeny && NoteDeny(ref firstDeny, PolicyType.Resource, sink.VisitsAll))
            {
                return new AuthorizationDecision(Decision.ExplicitDeny, PolicyType.Resource);
            }
        }
        EvaluateSet(request.IdentityPolicies, PolicyType.Identity, 0, request, action, ref sink, ref facts.Identity);
        if (facts.Identity.HasDeny && NoteDeny(ref firstDeny, PolicyType.Identity, sink.VisitsAll))
        {
            return new AuthorizationDecision(Decision.ExplicitDeny, PolicyType.Identity);
        }
        if (request.PermissionsBoundary is { } boundary)
        {
            EvaluatePolicy(boundary, PolicyType.PermissionsBoundary, 0, request, action, ref sink, ref facts.Boundary);
            if (facts.Boundary.HasDeny && NoteDeny(ref firstDeny, PolicyType.PermissionsBoundary, sink.VisitsAll))
            {
                return new AuthorizationDecision(Decision.ExplicitDeny, PolicyType.PermissionsBoundary);
            }
        }
        if (request.SessionPolicies is { } sessionPolicies)
        {
            EvaluateSet(sessionPolicies, PolicyType.Session, 0, request, action, ref sink, ref facts.Session);
            if (facts.Session.HasDeny && NoteDeny(ref firstDeny, PolicyType.Session, sink.VisitsAll))
            {
                return new AuthorizationDecision(Decision.ExplicitDeny, PolicyType.Session);
            }
        }
        if (firstDeny != PolicyType.None)
        {
            return new AuthorizationDecision(Decision.ExplicitDeny, firstDeny);
        }
        return DecideAllow(request, in facts);
    }

    /// <summary>Records the first type with an explicit deny; true when evaluation can stop right away.</summary>
    private static bool NoteDeny(ref PolicyType firstDeny, PolicyType type, bool visitsAll)
    {
        if (firstDeny == PolicyType.None)
        {
            firstDeny = type;
        }
        return !visitsAll;
    }

    /// <summary>With no explicit deny, whether something allows the request, following AWS's same-account and
    /// cross-account rules.</summary>
    private static AuthorizationDecision DecideAllow(AuthorizationRequest request, in DecisionFacts facts)
    {
        if (request.ApplicableResourceControlPolicies is not null && !facts.EveryRcpLevelAllows)
        {
            return Implicit(PolicyType.ResourceControl);
        }
        if (request.ApplicableServiceControlPolicies is not null && !facts.EveryScpLevelAllows)
        {
            return Implicit(PolicyType.ServiceControl);
        }
        var principal = request.Principal;
        var grant = request.ResourcePolicy is null ? PrincipalMatch.None : facts.Resource.BestAllow;
        if (!principal.IsIamIdentity)
        {
            // Anonymous callers, services and identity-provider callers have no policies of their own: only a
            // resource-based policy that names them (or "*") can allow.
            return grant == PrincipalMatch.Direct ? Allowed(PolicyType.Resource) : Implicit(PolicyType.Resource);
        }
        var isRoot = principal.Type == PrincipalType.Root;
        var identityAllows = isRoot || facts.Identity.HasAllow;
        var boundaryAllows = isRoot || request.PermissionsBoundary is null || facts.Boundary.HasAllow;
        // Session policies limit even the root user: a privileged root session (sts:AssumeRoot) is confined to its
        // task policy, while root's own long-term credentials carry no session policies.
        var sessionAllows = request.SessionPolicies is null || facts.Session.HasAllow;
        var sameAccount = request.ResourceAccount is null || request.ResourceAccount == principal.AccountId;
        var mustGrant = request.ResourcePolicy?.MustGrantAccess == true;
        if ((!sameAccount || mustGrant) && grant == PrincipalMatch.None)
        {
            return Implicit(PolicyType.Resource);
        }
        if (sameAccount && grant == PrincipalMatch.Direct && !mustGrant)
        {
            // A grant naming the user, the session (or everyone) stands on its own within the account.
            return Allowed(PolicyType.Resource);
        }
        if (sameAccount && (grant == PrincipalMatch.Role || (grant == PrincipalMatch.Direct && mustGrant)))
        {
            // A grant to the role is folded into the role's permissions before the session exists, so the boundary
            // and session policies still limit it; the identity policies need not allow. A trust or key policy that
            // names the caller directly is limited the same way (IAM: "if a permissions boundary is set for the
            // user, then it must allow the sts:AssumeRole action").
            return !boundaryAllows ? Implicit(PolicyType.PermissionsBoundary)
                : !sessionAllows ? Implicit(PolicyType.Session)
                : Allowed(PolicyType.Resource);
        }
        // Cross-account access, a grant to the account, or no resource grant: the caller's own policies must allow.
        return !identityAllows ? Implicit(PolicyType.Identity)
            : !boundaryAllows ? Implicit(PolicyType.PermissionsBoundary)
            : !sessionAllows ? Implicit(PolicyType.Session)
            : Allowed(isRoot && sameAccount ? PolicyType.None : PolicyType.Identity);
    }

    private static AuthorizationDecision Allowed(PolicyType type) => new(Decision.Allowed, type);

    private static AuthorizationDecision Implicit(PolicyType type) => new(Decision.ImplicitDeny, type);

    /// <summary>SCPs or RCPs: each level (root, OUs, account) must allow. Returns whether every level allows.</summary>
    private static bool EvaluateLevels<TSink>(IReadOnlyList<IReadOnlyList<CompiledPolicy>> levels, PolicyType type, AuthorizationRequest request, ReadOnlySpan<char> action, ref TSink sink, out bool denies)
        where TSink : struct, IEvaluationSink
    {
        var everyLevelAllows = true;
        denies = false;
        for (var level = 0; level < levels.Count; level++)
        {
            var outcome = default(SetOutcome);
            EvaluateSet(levels[level], type, level, request, action, ref sink, ref outcome);
            everyLevelAllows &= outcome.HasAllow;
            if (outcome.HasDeny)
            {
                denies = true;
                if (!sink.VisitsAll)
                {
                    break;
                }
            }
        }
        return everyLevelAllows;
    }

    private static void EvaluateSet<TSink>(IReadOnlyList<CompiledPolicy> policies, PolicyType type, int level, AuthorizationRequest request, ReadOnlySpan<char> action, ref TSink sink, ref SetOutcome outcome)
        where TSink : struct, IEvaluationSink
    {
        for (var i = 0; i < policies.Count; i++)
        {
            EvaluatePolicy(policies[i], type, level, request, action, ref sink, ref outcome);
            if (outcome.HasDeny && !sink.VisitsAll)
            {
                return;
            }
        }
    }

    private static void EvaluatePolicy<TSink>(CompiledPolicy policy, PolicyType type, int level, AuthorizationRequest request, ReadOnlySpan<char> action, ref TSink sink, ref SetOutcome outcome)
        where TSink : struct, IEvaluationSink
    {
        foreach (var statement in policy.Index.CandidatesFor(ServiceIndex.ServiceOf(action)))
        {
            if (statement.Effect == Effect.Allow && outcome.BestAllow == PrincipalMatch.Direct && !sink.VisitsAll)
            {
                continue;
            }
            var match = statement.Applies(request, action, ref sink);
            if (match == PrincipalMatch.None)
            {
                continue;
            }
            sink.Matched(type, level, policy, statement);
            if (statement.Effect == Effect.Deny)
            {
                outcome.HasDeny = true;
                if (!sink.VisitsAll)
                {
                    return;
                }
            }
            else
            {
                outcome.HasAllow = true;
                if (match > outcome.BestAllow)
                {
                    outcome.BestAllow = match;
                }
            }
        }
    }
}
