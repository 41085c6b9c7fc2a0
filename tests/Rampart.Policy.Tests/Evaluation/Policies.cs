namespace Rampart.Policy.Tests;

/// <summary>Builds policy documents directly from the model, so engine tests do not depend on the parser.</summary>
internal static class Policies
{
    public const string Account = "111122223333";
    public const string OtherAccount = "444455556666";

    public static PolicyStatement Allow(string action, string resource = "*", params ConditionEntry[] conditions) =>
        Statement(Effect.Allow, [action], [resource], conditions);

    public static PolicyStatement Deny(string action, string resource = "*", params ConditionEntry[] conditions) =>
        Statement(Effect.Deny, [action], [resource], conditions);

    public static PolicyStatement AllExcept(Effect effect, string[] notActions, string resource, params ConditionEntry[] conditions) =>
        Statement(effect, [], [resource], conditions) with { Action = null, NotAction = notActions };

    public static PolicyStatement Statement(Effect effect, IReadOnlyList<string> actions, IReadOnlyList<string>? resources, params ConditionEntry[] conditions) =>
        new(0, null, effect, null, null, actions, null, resources, null, conditions, default);

    public static ConditionEntry Condition(string op, string key, params string[] values) => new(op, key, values, default);

    public static PrincipalElement Aws(params string[] values) =>
        new(false, new Dictionary<string, IReadOnlyList<string>> { ["AWS"] = values });

    public static PrincipalElement Service(params string[] values) =>
        new(false, new Dictionary<string, IReadOnlyList<string>> { ["Service"] = values });

    public static PrincipalElement Federated(params string[] values) =>
        new(false, new Dictionary<string, IReadOnlyList<string>> { ["Federated"] = values });

    public static PrincipalElement Everyone { get; } = new(true, new Dictionary<string, IReadOnlyList<string>>());

    public static CompiledPolicy Compiled(params PolicyStatement[] statements) => Compiled("policy", PolicyKind.Identity, statements);

    public static CompiledPolicy Compiled(string name, PolicyKind kind, params PolicyStatement[] statements) =>
        Compiled(name, kind, "2012-10-17", statements);

    public static CompiledPolicy Compiled(string name, PolicyKind kind, string version, params PolicyStatement[] statements)
    {
        var numbered = new PolicyStatement[statements.Length];
        for (var i = 0; i < statements.Length; i++)
        {
            numbered[i] = statements[i] with { Index = i };
        }
        return CompiledPolicy.Compile(new PolicyDocument(name, kind, version, null, numbered, ""));
    }

    public static PrincipalInfo User(string name = "alice", string account = Account) =>
        new($"arn:aws:iam::{account}:user/{name}", PrincipalType.User, account, null, "AIDAEXAMPLE" + name.ToUpperInvariant());

    public static PrincipalInfo RoleSession(string role = "app", string session = "s1", string account = Account) =>
        new($"arn:aws:sts::{account}:assumed-role/{role}/{session}", PrincipalType.AssumedRole, account, $"arn:aws:iam::{account}:role/{role}", "AROAEXAMPLE:" + session);

    public static PrincipalInfo Root(string account = Account) => new($"arn:aws:iam::{account}:root", PrincipalType.Root, account, null, account);

    public static AuthorizationRequest Request(PrincipalInfo principal, string action, string resource, params CompiledPolicy[] identityPolicies) =>
        new(principal, action, resource, new RequestContext(), identityPolicies);

    public static AuthorizationRequest Request(string action, string resource, params CompiledPolicy[] identityPolicies) =>
        Request(User(), action, resource, identityPolicies);

    public static Decision Decide(AuthorizationRequest request)
    {
        var decision = PolicyEvaluator.Evaluate(request);
        Assert.Equal(decision, PolicyEvaluator.Explain(request).ToDecision());
        return decision.Decision;
    }

    /// <summary>Whether a single condition is satisfied for a request with the given context.</summary>
    public static bool Satisfies(ConditionEntry condition, RequestContext context, PrincipalInfo? principal = null, string version = "2012-10-17")
    {
        var policy = Compiled("conditions", PolicyKind.Identity, version, Allow("s3:GetObject", "*", condition));
        var request = new AuthorizationRequest(principal ?? User(), "s3:GetObject", "arn:aws:s3:::bucket/key", context, [policy]);
        return Decide(request) == Decision.Allowed;
    }
}
