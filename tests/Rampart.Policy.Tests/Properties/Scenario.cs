namespace Rampart.Policy.Tests;

/// <summary>A randomly generated authorization request, kept as plain policy statements so a failing case prints readably.</summary>
public sealed record Scenario(
    PrincipalInfo Principal,
    string Action,
    string Resource,
    string? ResourceAccount,
    (string Key, string[] Values, bool Multivalued)[] Context,
    PolicyStatement[][] Identity,
    PolicyStatement[]? Boundary,
    PolicyStatement[][]? Session,
    PolicyStatement[]? ResourcePolicy,
    bool MustGrant,
    PolicyStatement[][][]? Scps,
    PolicyStatement[][][]? Rcps)
{
    public AuthorizationRequest Build()
    {
        var context = new RequestContext();
        foreach (var (key, values, multivalued) in Context)
        {
            if (multivalued)
            {
                context.Set(key, values);
            }
            else
            {
                context.Set(key, values[0]);
            }
        }
        return new AuthorizationRequest(Principal, Action, Resource, context, [.. Identity.Select(s => Policies.Compiled("identity", PolicyKind.Identity, s))])
        {
            ResourceAccount = ResourceAccount,
            PermissionsBoundary = Boundary is null ? null : Policies.Compiled("boundary", PolicyKind.PermissionsBoundary, Boundary),
            SessionPolicies = Session?.Select(s => Policies.Compiled("session", PolicyKind.Session, s)).ToArray(),
            ResourcePolicy = ResourcePolicy is null ? null : new ResourceBasedPolicy(Policies.Compiled("resource", PolicyKind.Resource, ResourcePolicy), MustGrant),
            ServiceControlPolicies = Levels(Scps, PolicyKind.ServiceControl),
            ResourceControlPolicies = Levels(Rcps, PolicyKind.ResourceControl),
        };
    }

    private static IReadOnlyList<IReadOnlyList<CompiledPolicy>>? Levels(PolicyStatement[][][]? levels, PolicyKind kind) =>
        levels?.Select(level => (IReadOnlyList<CompiledPolicy>)[.. level.Select(s => Policies.Compiled(kind.ToString(), kind, s))]).ToArray();

    public override string ToString() =>
        $"{Principal.Arn} {Action} {Resource} (account {ResourceAccount ?? "same"}) context [{string.Join(", ", Context.Select(c => c.Key + "=" + string.Join("|", c.Values)))}]\n" +
        $"  identity: {Describe(Identity)}\n  boundary: {Describe(Boundary)}\n  session: {(Session is null ? "none" : Describe(Session))}\n" +
        $"  resource ({(MustGrant ? "must grant" : "ordinary")}): {Describe(ResourcePolicy)}\n" +
        $"  scps: {(Scps is null ? "none" : string.Join(" / ", Scps.Select(Describe)))}\n  rcps: {(Rcps is null ? "none" : string.Join(" / ", Rcps.Select(Describe)))}";

    private static string Describe(PolicyStatement[][] policies) => "[" + string.Join("; ", policies.Select(Describe)) + "]";

    public static string Describe(PolicyStatement[]? statements) => statements is null ? "none" : "{" + string.Join(", ", statements.Select(Describe)) + "}";

    private static string Describe(PolicyStatement s) =>
        $"{s.Effect} {(s.Action is null ? "Not" + string.Join("|", s.NotAction!) : string.Join("|", s.Action))} on {(s.Resource is null ? "Not" + string.Join("|", s.NotResource!) : string.Join("|", s.Resource))}" +
        (s.Principal is null ? "" : " to " + (s.Principal.IsWildcard ? "*" : string.Join("|", s.Principal.ByType.SelectMany(p => p.Value)))) +
        (s.Condition.Count == 0 ? "" : " if " + string.Join(" & ", s.Condition.Select(c => $"{c.Operator}({c.Key}:{string.Join("|", c.Values)})")));
}
