using System.Text.Json;
using Rampart.Policy;
using Rampart.Policy.Parsing;

namespace Rampart.PolicyEval;

/// <summary>Reads one JSON Lines request of <c>rampart policy eval</c> (format in docs/policy-eval.md) into an
/// <see cref="AuthorizationRequest"/>, parsing and compiling every policy it carries. Unknown members are rejected so
/// a misspelt field never silently drops a policy.</summary>
internal static class EvalRequestReader
{
    private static readonly HashSet<string> Members = new(StringComparer.Ordinal)
    {
        "id", "principal", "userId", "action", "resource", "resourceAccount", "context", "identityPolicies",
        "permissionsBoundary", "sessionPolicy", "resourcePolicy", "resourcePolicyKind", "scps", "rcps",
    };

    public static EvalRequest Read(string line)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            throw new EvalRequestException(null, "The line is not valid JSON.");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new EvalRequestException(null, "A request must be a JSON object.");
            }

            foreach (var member in root.EnumerateObject())
            {
                if (!Members.Contains(member.Name))
                {
                    throw new EvalRequestException(member.Name, "Unknown request field.");
                }
            }

            var id = OptionalString(root, "id");
            try
            {
                return new EvalRequest(id, ReadAuthorization(root));
            }
            catch (EvalRequestException invalid)
            {
                throw new EvalRequestException(invalid.Field, invalid.Message) { Id = id };
            }
        }
    }

    private static AuthorizationRequest ReadAuthorization(JsonElement root)
    {
        var principal = ReadPrincipal(RequiredString(root, "principal"), OptionalString(root, "userId"));
        var identityPolicies = new List<CompiledPolicy>();
        if (root.TryGetProperty("identityPolicies", out var identity))
        {
            var index = 0;
            foreach (var policy in Items(identity, "identityPolicies"))
            {
                identityPolicies.Add(EvalPolicyReader.Read(policy, PolicyKind.Identity, $"identityPolicies[{index++}]"));
            }
        }

        return new AuthorizationRequest(
            principal,
            RequiredString(root, "action"),
            RequiredString(root, "resource"),
            EvalContextReader.Read(root),
            identityPolicies)
        {
            ResourceAccount = OptionalString(root, "resourceAccount"),
            PermissionsBoundary = OptionalPolicy(root, "permissionsBoundary", PolicyKind.PermissionsBoundary),
            SessionPolicies = SessionPolicies(root),
            ResourcePolicy = ReadResourcePolicy(root),
            ServiceControlPolicies = Levels(root, "scps", PolicyKind.ServiceControl),
            ResourceControlPolicies = Levels(root, "rcps", PolicyKind.ResourceControl),
        };
    }

    private static PrincipalInfo ReadPrincipal(string arn, string? userId)
    {
        try
        {
            return PrincipalInfo.FromArn(arn, userId);
        }
        catch (ArgumentException invalid)
        {
            throw new EvalRequestException("principal", invalid.Message);
        }
    }

    private static ResourceBasedPolicy? ReadResourcePolicy(JsonElement root)
    {
        var kindName = OptionalString(root, "resourcePolicyKind") ?? "resource";
        var (kind, mustGrant) = kindName switch
        {
            "resource" => (PolicyKind.Resource, false),
            "trust" => (PolicyKind.Trust, true),
            "key" => (PolicyKind.KeyPolicy, true),
            _ => throw new EvalRequestException("resourcePolicyKind", "Must be \"resource\", \"trust\" or \"key\"."),
        };
        return OptionalPolicy(root, "resourcePolicy", kind) is { } policy ? new ResourceBasedPolicy(policy, mustGrant) : null;
    }

    /// <summary>The inline session policy, or a list when the session also has managed session policies (PolicyArns).</summary>
    private static List<CompiledPolicy>? SessionPolicies(JsonElement root)
    {
        if (!root.TryGetProperty("sessionPolicy", out var session) || session.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (session.ValueKind != JsonValueKind.Array)
        {
            return [EvalPolicyReader.Read(session, PolicyKind.Session, "sessionPolicy")];
        }

        var policies = new List<CompiledPolicy>();
        foreach (var policy in session.EnumerateArray())
        {
            policies.Add(EvalPolicyReader.Read(policy, PolicyKind.Session, $"sessionPolicy[{policies.Count}]"));
        }

        return policies;
    }

    private static List<IReadOnlyList<CompiledPolicy>>? Levels(JsonElement root, string name, PolicyKind kind)
    {
        if (!root.TryGetProperty(name, out var levels) || levels.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var result = new List<IReadOnlyList<CompiledPolicy>>();
        foreach (var level in Items(levels, name))
        {
            var field = $"{name}[{result.Count}]";
            var policies = new List<CompiledPolicy>();
            foreach (var policy in Items(level, field))
            {
                policies.Add(EvalPolicyReader.Read(policy, kind, $"{field}[{policies.Count}]"));
            }

            result.Add(policies);
        }

        return result;
    }

    private static CompiledPolicy? OptionalPolicy(JsonElement root, string name, PolicyKind kind) =>
        root.TryGetProperty(name, out var policy) && policy.ValueKind != JsonValueKind.Null ? EvalPolicyReader.Read(policy, kind, name) : null;

    private static JsonElement.ArrayEnumerator Items(JsonElement element, string field) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : throw new EvalRequestException(field, "Must be a JSON array.");

    private static string RequiredString(JsonElement root, string name) =>
        OptionalString(root, name) ?? throw new EvalRequestException(name, "Required field is missing.");

    private static string? OptionalString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new EvalRequestException(name, "Must be a string.");
    }
}
