using System.Text.Json.Nodes;
using Rampart.Policy;
using Rampart.Policy.Parsing;

namespace Rampart.Kms.Grants;

/// <summary>A grant as key policy statements, so the policy engine decides grants with everything else: its grantee
/// may perform its operations (those that take an encryption context only under its constraints), and its
/// retiring principal, its grantee if it allows RetireGrant, and its issuing account may retire it.</summary>
public static class GrantPolicy
{
    /// <summary>A Rampart condition key set on RetireGrant requests, so that a retiring principal's statement
    /// reaches its own grant only.</summary>
    public const string GrantIdKey = "kms:GrantId";

    public static IReadOnlyList<PolicyStatement> Statements(GrantRecord grant)
    {
        var statements = new JsonArray();
        var withContext = grant.Operations.Where(GrantOperations.TakesEncryptionContext).ToList();
        var others = grant.Operations.Where(op => !GrantOperations.TakesEncryptionContext(op) && op != GrantOperations.RetireGrant).ToList();
        if (withContext.Count > 0)
        {
            statements.Add(Statement(grant, "Use", [grant.GranteePrincipal], withContext, Constraints(grant.Constraints)));
        }
        if (others.Count > 0)
        {
            statements.Add(Statement(grant, "Manage", [grant.GranteePrincipal], others, null));
        }
        var retirers = new List<string> { $"arn:aws:iam::{grant.IssuingAccount}:root" };
        if (grant.RetiringPrincipal is { } retiring)
        {
            retirers.Add(retiring);
        }
        if (grant.Operations.Contains(GrantOperations.RetireGrant))
        {
            retirers.Add(grant.GranteePrincipal);
        }
        statements.Add(Statement(grant, "Retire", retirers, [GrantOperations.RetireGrant],
            new JsonObject { ["StringEquals"] = new JsonObject { [GrantIdKey] = grant.GrantId } }));
        var document = new JsonObject { ["Version"] = "2012-10-17", ["Statement"] = statements };
        return PolicyParser.Parse(document.ToJsonString(), PolicyKind.KeyPolicy, $"{grant.KeyId}/grant/{grant.GrantId}").Statements;
    }

    private static JsonObject Statement(GrantRecord grant, string purpose, IEnumerable<string> principals, IEnumerable<string> operations, JsonObject? condition)
    {
        var principal = new JsonObject();
        foreach (var group in principals.Distinct(StringComparer.Ordinal).GroupBy(p => p.EndsWith(".amazonaws.com", StringComparison.Ordinal) ? "Service" : "AWS"))
        {
            principal[group.Key] = new JsonArray([.. group.Select(p => JsonValue.Create(p))]);
        }
        var statement = new JsonObject
        {
            ["Sid"] = $"Grant{purpose}{grant.GrantId}",
            ["Effect"] = "Allow",
            ["Principal"] = principal,
            ["Action"] = new JsonArray([.. operations.Select(op => JsonValue.Create("kms:" + op))]),
            ["Resource"] = "*",
        };
        if (condition is not null)
        {
            statement["Condition"] = condition;
        }
        return statement;
    }

    /// <summary>Subset: each pair must be present. Equals: each pair present and no other key (an empty Equals means
    /// no encryption context at all). Condition key names compare without case, as grant constraint keys do.</summary>
    private static JsonObject? Constraints(GrantConstraints? constraints)
    {
        var pairs = constraints?.EncryptionContextEquals ?? constraints?.EncryptionContextSubset;
        if (pairs is null)
        {
            return null;
        }
        var condition = new JsonObject();
        if (pairs.Count > 0)
        {
            var equals = new JsonObject();
            foreach (var (key, value) in pairs)
            {
                equals["kms:EncryptionContext:" + key] = value;
            }
            condition["StringEquals"] = equals;
        }
        if (constraints!.EncryptionContextEquals is not null)
        {
            condition[pairs.Count > 0 ? "ForAllValues:StringEqualsIgnoreCase" : "Null"] = pairs.Count > 0
                ? new JsonObject { ["kms:EncryptionContextKeys"] = new JsonArray([.. pairs.Keys.Select(k => JsonValue.Create(k))]) }
                : new JsonObject { ["kms:EncryptionContextKeys"] = "true" };
        }
        return condition.Count > 0 ? condition : null;
    }
}
