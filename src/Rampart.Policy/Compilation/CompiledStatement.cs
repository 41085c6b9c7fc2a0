namespace Rampart.Policy;

/// <summary>One statement with its matchers and conditions prepared; tested cheapest part first (action, resource,
/// principal, conditions).</summary>
internal sealed class CompiledStatement
{
    private readonly ActionMatcher actions;
    private readonly ResourceMatcher? resources;
    private readonly PrincipalMatcher? principal;
    private readonly bool principalNegated;
    private readonly CompiledCondition[] conditions;
    private readonly ContextKey[] conditionKeys;

    public CompiledStatement(PolicyStatement source, bool variablesEnabled)
    {
        Source = source;
        Effect = source.Effect;
        actions = source.Action is not null ? new ActionMatcher(source.Action, negated: false)
            : new ActionMatcher(source.NotAction ?? [], negated: source.NotAction is not null);
        if (source.Resource is not null)
        {
            resources = new ResourceMatcher(source.Resource, negated: false, variablesEnabled);
        }
        else if (source.NotResource is not null)
        {
            resources = new ResourceMatcher(source.NotResource, negated: true, variablesEnabled);
        }
        if (source.Principal is not null)
        {
            principal = new PrincipalMatcher(source.Principal);
        }
        else if (source.NotPrincipal is not null)
        {
            principal = new PrincipalMatcher(source.NotPrincipal);
            principalNegated = true;
        }
        conditions = new CompiledCondition[source.Condition.Count];
        var keys = new List<ContextKey>();
        for (var i = 0; i < conditions.Length; i++)
        {
            conditions[i] = CompiledCondition.Compile(source.Condition[i], variablesEnabled);
            keys.Add(conditions[i].Key);
            keys.AddRange(conditions[i].VariableKeys);
        }
        conditionKeys = [.. keys];
        Services = source.Action is null ? null : ServicesOf(source.Action);
    }

    /// <summary>The service prefixes (lower-case) this statement's actions are confined to; null when it may match any service.</summary>
    public string[]? Services { get; }

    private static string[]? ServicesOf(IReadOnlyList<string> actions)
    {
        var services = new List<string>(actions.Count);
        foreach (var action in actions)
        {
            var service = ServiceIndex.ServiceOf(action);
            if (Wildcard.HasWildcard(service))
            {
                return null;
            }
            services.Add(service.ToString().ToLowerInvariant());
        }
        return [.. services];
    }

    public PolicyStatement Source { get; }

    public Effect Effect { get; }

    public IEnumerable<string> ReferencedKeys
    {
        get
        {
            foreach (var key in conditionKeys)
            {
                yield return key.Name;
            }
            if (resources is not null)
            {
                foreach (var key in resources.VariableKeys)
                {
                    yield return key.Name;
                }
            }
        }
    }

    /// <summary>Whether the statement applies to the request, and how specifically its Principal names the caller.</summary>
    /// <param name="action">The request's action, lower-cased.</param>
    public PrincipalMatch Applies<TSink>(AuthorizationRequest request, ReadOnlySpan<char> action, ref TSink sink)
        where TSink : struct, IEvaluationSink
    {
        if (!actions.IsMatch(action))
        {
            return PrincipalMatch.None;
        }
        if (resources is not null)
        {
            if (sink.VisitsAll)
            {
                ReportMissing(resources.VariableKeys, request, ref sink);
            }
            if (!resources.IsMatch(request))
            {
                return PrincipalMatch.None;
            }
        }
        if (sink.VisitsAll)
        {
            ReportMissing(conditionKeys, request, ref sink);
        }
        var match = MatchPrincipal(request);
        if (match == PrincipalMatch.None)
        {
            return match;
        }
        foreach (var condition in conditions)
        {
            if (!condition.IsSatisfied(request))
            {
                return PrincipalMatch.None;
            }
        }
        return match;
    }

    private PrincipalMatch MatchPrincipal(AuthorizationRequest request)
    {
        if (principal is null)
        {
            return PrincipalMatch.Direct;
        }
        if (!principalNegated)
        {
            return principal.Match(request.Principal);
        }
        // AWS: NotPrincipal never exempts an IAM user or role that has a permissions boundary.
        var exemptable = request.PermissionsBoundary is null || request.Principal.Type is not (PrincipalType.User or PrincipalType.AssumedRole);
        return exemptable && principal.Excludes(request.Principal) ? PrincipalMatch.None : PrincipalMatch.Direct;
    }

    private static void ReportMissing<TSink>(ContextKey[] keys, AuthorizationRequest request, ref TSink sink)
        where TSink : struct, IEvaluationSink
    {
        foreach (var key in keys)
        {
            if (!ContextLookup.IsPresent(request, key))
            {
                sink.Missing(key.Name);
            }
        }
    }
}
