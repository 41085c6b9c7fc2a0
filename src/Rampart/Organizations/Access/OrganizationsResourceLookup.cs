using System.Text.Json.Nodes;
using Rampart.Authorization;
using Rampart.Organizations.Common;
using Rampart.Organizations.Delegation;
using Rampart.Organizations.Handshakes;
using Rampart.Organizations.ResourcePolicies;
using Rampart.Organizations.Tagging;
using Rampart.Policy;
using Rampart.Policy.Parsing;
using Rampart.Storage;

namespace Rampart.Organizations.Access;

/// <summary>
/// What authorization knows of an Organizations resource (root, OU, account, policy, resource policy, handshake):
/// it belongs to the management account, carries its tags, and has the resource-based policy that lets other
/// accounts of the organization act on it: the organization's own resource policy (PutResourcePolicy), read access
/// for delegated administrators, and the handshake actions for a handshake's party, as AWS grants them.
/// </summary>
public sealed class OrganizationsResourceLookup(IStore store) : IResourceLookup
{
    private static readonly string[] ReadActions = ["organizations:Describe*", "organizations:List*"];
    private static readonly string[] PartyActions =
        ["organizations:AcceptHandshake", "organizations:DeclineHandshake", "organizations:DescribeHandshake"];

    private const string SelfReadAction = "organizations:DescribeEffectivePolicy";
    private const string AwsAccount = "aws";

    private static readonly IReadOnlyDictionary<string, string> NoTags = new Dictionary<string, string>();

    public string ArnService => "organizations";

    /// <summary>The policies AWS manages live in AWS's own account ("aws") and are shared with every organization,
    /// which reads, attaches and detaches them; an update or delete gets as far as the service, which answers
    /// IMMUTABLE_POLICY as AWS does.</summary>
    private static readonly ResourceBasedPolicy SharedAwsManagedPolicies = Compile(new JsonArray(Allow(
    [
        "organizations:DescribePolicy", "organizations:ListTargetsForPolicy", "organizations:AttachPolicy", "organizations:DetachPolicy",
        "organizations:UpdatePolicy", "organizations:DeletePolicy",
    ])));

    public async ValueTask<ResourceFacts?> FindAsync(string arn, CancellationToken cancellationToken)
    {
        var fields = arn.Split(':', 6);
        // arn:aws:organizations::aws:policy/TYPE/p-ID
        if (fields.Length == 6 && fields[4] == AwsAccount && fields[5].StartsWith("policy/", StringComparison.Ordinal))
        {
            return new ResourceFacts(AwsAccount, NoTags, SharedAwsManagedPolicies);
        }
        // arn:aws:organizations::MANAGEMENT:TYPE/o-ORGANIZATION/.../ID
        if (fields.Length != 6 || fields[5].Split('/') is not { Length: >= 3 } path || !path[1].StartsWith("o-", StringComparison.Ordinal))
        {
            return null;
        }
        var (managementAccountId, type, organizationId, id) = (fields[4], path[0], path[1], path[^1]);
        var statements = new JsonArray();
        if (await ResourcePolicyStore.FindAsync(store, organizationId, cancellationToken) is { } resourcePolicy
            && JsonNode.Parse(resourcePolicy.Record.Content)?["Statement"] is { } granted)
        {
            foreach (var statement in granted is JsonArray list ? list.OfType<JsonNode>() : [granted])
            {
                statements.Add(statement.DeepClone());
            }
        }
        var delegated = await DelegatedAccountsAsync(organizationId, cancellationToken);
        if (delegated.Count > 0)
        {
            statements.Add(Allow(delegated, ReadActions));
        }
        if (type == "account")
        {
            // Every account may read its own effective policies (DescribeEffectivePolicy "can be called from any
            // account in the organization").
            statements.Add(Allow([id], [SelfReadAction]));
        }
        if (type == "handshake" && await new HandshakeStore(store).FindAsync(id, cancellationToken) is { Record: var handshake }
            && await PartyAccountAsync(handshake, cancellationToken) is { } party)
        {
            statements.Add(Allow([party], PartyActions));
        }
        var tags = type == "handshake" ? NoTags : OrgTags.ToDictionary((await OrgTags.ReadAsync(store, organizationId, id, cancellationToken)).Tags);
        return new ResourceFacts(managementAccountId, tags, statements.Count == 0 ? null : Compile(statements));
    }

    private async ValueTask<IReadOnlyList<string>> DelegatedAccountsAsync(string organizationId, CancellationToken cancellationToken)
    {
        var accounts = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var item in OrgPaging.AllAsync(store, OrgCollections.Delegation, organizationId, null, cancellationToken))
        {
            accounts.Add(OrgJson.Read<DelegationRecord>(item.Json).AccountId);
        }
        return [.. accounts];
    }

    private async ValueTask<string?> PartyAccountAsync(HandshakeRecord handshake, CancellationToken cancellationToken) =>
        handshake.TargetType switch
        {
            "ACCOUNT" => handshake.TargetId,
            "EMAIL" => await store.GetAsync(Tree.TreeKeys.Email(handshake.TargetId), cancellationToken) is { } entry
                ? OrgJson.Read<Tree.EmailEntry>(entry.Json).AccountId
                : null,
            _ => null,
        };

    private static JsonObject Allow(string[] actions) => new()
    {
        ["Effect"] = "Allow",
        ["Principal"] = "*",
        ["Action"] = new JsonArray([.. actions.Select(action => (JsonNode)action)]),
        ["Resource"] = "*",
    };

    private static JsonObject Allow(IEnumerable<string> accounts, string[] actions) => new()
    {
        ["Effect"] = "Allow",
        ["Principal"] = new JsonObject { ["AWS"] = new JsonArray([.. accounts.Select(account => (JsonNode)OrgArns.IamRoot(account))]) },
        ["Action"] = new JsonArray([.. actions.Select(action => (JsonNode)action)]),
        ["Resource"] = "*",
    };

    private static ResourceBasedPolicy Compile(JsonArray statements)
    {
        var document = new JsonObject { ["Version"] = "2012-10-17", ["Statement"] = statements }.ToJsonString();
        return new ResourceBasedPolicy(CompiledPolicy.Compile(PolicyParser.Parse(document, PolicyKind.Resource, "OrganizationResourcePolicy")));
    }
}
