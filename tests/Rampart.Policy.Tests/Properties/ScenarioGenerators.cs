using FsCheck;
using FsCheck.Fluent;

namespace Rampart.Policy.Tests;

/// <summary>FsCheck generators over a small vocabulary, so generated statements often match the generated requests.</summary>
public static class ScenarioGenerators
{
    private const string Account = Policies.Account;

    private static readonly string[] Actions = ["s3:GetObject", "s3:PutObject", "ec2:RunInstances", "iam:CreateUser", "sts:AssumeRole"];
    private static readonly string[] ActionPatterns = [.. Actions, "s3:*", "*", "s3:Get*", "ec2:*Instances", "s?:PutObject", "IAM:create?ser"];
    private static readonly string[] Resources = ["arn:aws:s3:::a/x", "arn:aws:s3:::b/alice", "arn:aws:ec2:us-east-1:111122223333:instance/i-1", "*"];
    private static readonly string[] ResourcePatterns = ["*", "arn:aws:s3:::a/*", "arn:aws:s3:::*", "arn:aws:ec2:*", "arn:aws:s3:::b/${aws:username}", "arn:aws:s3:::?/x"];

    private static readonly ConditionEntry[] Conditions =
    [
        Policies.Condition("StringEquals", "aws:PrincipalTag/team", "blue"),
        Policies.Condition("StringNotEquals", "aws:PrincipalTag/team", "blue"),
        Policies.Condition("StringLikeIfExists", "aws:PrincipalTag/team", "b*"),
        Policies.Condition("Bool", "aws:SecureTransport", "true"),
        Policies.Condition("IpAddress", "aws:SourceIp", "10.0.0.0/8"),
        Policies.Condition("NotIpAddress", "aws:SourceIp", "10.0.0.0/8"),
        Policies.Condition("ForAllValues:StringEquals", "aws:TagKeys", "a", "b"),
        Policies.Condition("ForAnyValue:StringEquals", "aws:TagKeys", "c"),
        Policies.Condition("Null", "aws:PrincipalTag/team", "true"),
        Policies.Condition("NumericLessThan", "s3:max-keys", "10"),
        Policies.Condition("ArnLike", "aws:PrincipalArn", "arn:aws:iam::*:user/*"),
    ];

    private static readonly PrincipalElement[] Grantees =
    [
        Policies.Everyone,
        Policies.Aws(Account),
        Policies.Aws(Policies.OtherAccount),
        Policies.Aws($"arn:aws:iam::{Account}:user/alice"),
        Policies.Aws($"arn:aws:iam::{Account}:role/app"),
        Policies.Aws($"arn:aws:sts::{Account}:assumed-role/app/s1"),
        Policies.Aws($"arn:aws:iam::{Account}:root"),
        Policies.Service("ec2.amazonaws.com"),
    ];

    private static readonly PrincipalInfo[] Principals =
    [
        Policies.User("alice"),
        Policies.User("bob"),
        Policies.RoleSession("app", "s1"),
        Policies.Root(),
        PrincipalInfo.Anonymous,
        PrincipalInfo.FromArn("ec2.amazonaws.com"),
        Policies.User("carol", Policies.OtherAccount),
    ];

    private static readonly (string Key, string[] Values, bool Multivalued)[] ContextEntries =
    [
        ("aws:PrincipalTag/team", ["blue"], false),
        ("aws:PrincipalTag/team", ["red"], false),
        ("aws:SecureTransport", ["true"], false),
        ("aws:SecureTransport", ["false"], false),
        ("aws:SourceIp", ["10.1.2.3"], false),
        ("aws:SourceIp", ["192.168.0.1"], false),
        ("aws:TagKeys", ["a"], true),
        ("aws:TagKeys", ["a", "c"], true),
        ("aws:TagKeys", [], true),
        ("s3:max-keys", ["5"], false),
        ("s3:max-keys", ["50"], false),
    ];

    public static Gen<PolicyStatement> Statement(Effect? effect, bool withPrincipal) =>
        from chosenEffect in effect is { } fixedEffect ? Gen.Constant(fixedEffect) : Gen.Elements(Effect.Allow, Effect.Deny)
        from actions in Gen.Choose(1, 2).SelectMany(n => Gen.ArrayOf(Gen.Elements(ActionPatterns), n))
        from notAction in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from resources in Gen.Choose(1, 2).SelectMany(n => Gen.ArrayOf(Gen.Elements(ResourcePatterns), n))
        from notResource in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from conditions in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Gen.Elements(Conditions), n))
        from grantee in Gen.Elements(Grantees)
        select new PolicyStatement(0, null, chosenEffect,
            withPrincipal ? grantee : null, null,
            notAction ? null : actions, notAction ? actions : null,
            notResource ? null : resources, notResource ? resources : null,
            conditions, default);

    private static Gen<PolicyStatement[]> PolicyStatements(bool withPrincipal) =>
        Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Statement(null, withPrincipal), n));

    private static Gen<PolicyStatement[][]> PolicySet(int max) => Gen.Choose(0, max).SelectMany(n => Gen.ArrayOf(PolicyStatements(false), n));

    private static Gen<T?> Sometimes<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (1, gen.Select(value => (T?)value)));

    private static Gen<PolicyStatement[][][]?> OrganizationLevels(bool withPrincipal) => Sometimes(
        Gen.Choose(1, 3).SelectMany(levels => Gen.ArrayOf(
            Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(PolicyStatements(withPrincipal), n)), levels)));

    public static Gen<Scenario> Scenarios() =>
        from principal in Gen.Elements(Principals)
        from action in Gen.Elements(Actions)
        from resource in Gen.Elements(Resources)
        from resourceAccount in Gen.Elements<string?>(null, Account, Policies.OtherAccount)
        from context in Gen.SubListOf(ContextEntries)
        from identity in PolicySet(3)
        from boundary in Sometimes(PolicyStatements(false))
        from session in Sometimes(PolicySet(2))
        from resourcePolicy in Sometimes(PolicyStatements(true))
        from mustGrant in Gen.Elements(false, true)
        from scps in OrganizationLevels(false)
        from rcps in OrganizationLevels(true)
        select new Scenario(principal, action, resource, resourceAccount, DistinctKeys(context), identity, boundary, session, resourcePolicy, mustGrant, scps, rcps);

    private static (string Key, string[] Values, bool Multivalued)[] DistinctKeys(IEnumerable<(string Key, string[] Values, bool Multivalued)> entries) =>
        [.. entries.DistinctBy(entry => entry.Key)];

    public static Arbitrary<Scenario> ScenarioArbitrary() => Scenarios().ToArbitrary();

    public static Arbitrary<WildcardCase> WildcardCaseArbitrary() =>
        (from pattern in Gen.Choose(0, 8).SelectMany(n => Gen.ArrayOf(Gen.Elements('a', 'b', 'A', ':', '/', '*', '?', '.'), n))
         from input in Gen.Choose(0, 10).SelectMany(n => Gen.ArrayOf(Gen.Elements('a', 'b', 'B', ':', '/', '.', '*'), n))
         from ignoreCase in Gen.Elements(false, true)
         select new WildcardCase(new string(pattern), new string(input), ignoreCase)).ToArbitrary();
}

public sealed record WildcardCase(string Pattern, string Input, bool IgnoreCase);

/// <summary>A statement to add to a scenario and which policy type receives it (see <see cref="Extension.Apply"/>).</summary>
public sealed record Extension(PolicyStatement Statement, int Target)
{
    /// <summary>Adds the statement to the chosen policy type when the scenario has one (never creating a policy type
    /// that would itself narrow access), otherwise as a new identity policy.</summary>
    public Scenario Apply(Scenario scenario)
    {
        var unscoped = Statement with { Principal = null };
        switch (Target)
        {
            case 1 when scenario.ResourcePolicy is not null:
                return scenario with { ResourcePolicy = [.. scenario.ResourcePolicy, Statement] };
            case 2 when scenario.Boundary is not null:
                return scenario with { Boundary = [.. scenario.Boundary, unscoped] };
            case 3 when scenario.Session is { Length: > 0 }:
                return scenario with { Session = [[.. scenario.Session[0], unscoped], .. scenario.Session[1..]] };
            case 4 when scenario.Scps is { Length: > 0 } scps && scps[0].Length > 0:
                return scenario with { Scps = [[[.. scps[0][0], unscoped], .. scps[0][1..]], .. scps[1..]] };
            case 5 when scenario.Rcps is { Length: > 0 } rcps && rcps[0].Length > 0:
                return scenario with { Rcps = [[[.. rcps[0][0], Statement], .. rcps[0][1..]], .. rcps[1..]] };
            default:
                return scenario with { Identity = [.. scenario.Identity, [unscoped]] };
        }
    }
}

public sealed record AddedDeny(Extension Extension);

public sealed record AddedAllow(Extension Extension);

public static class ExtensionGenerators
{
    private static Gen<Extension> Extensions(Effect effect) =>
        from statement in ScenarioGenerators.Statement(effect, withPrincipal: true)
        from target in Gen.Choose(0, 5)
        select new Extension(statement, target);

    public static Arbitrary<AddedDeny> AddedDenyArbitrary() => Extensions(Effect.Deny).Select(e => new AddedDeny(e)).ToArbitrary();

    public static Arbitrary<AddedAllow> AddedAllowArbitrary() => Extensions(Effect.Allow).Select(e => new AddedAllow(e)).ToArbitrary();
}
