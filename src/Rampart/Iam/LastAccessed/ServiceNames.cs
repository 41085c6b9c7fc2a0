using Rampart.Policy;

namespace Rampart.Iam.LastAccessed;

/// <summary>The service namespaces that last-accessed reports list, with the display names AWS gives them (the API
/// models' serviceFullName), and the namespaces a set of policies allows.</summary>
public static class ServiceNames
{
    /// <summary>Rampart's services by namespace.</summary>
    public static readonly IReadOnlyDictionary<string, string> Known = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["access-analyzer"] = "Access Analyzer",
        ["acm"] = "AWS Certificate Manager",
        ["artifact"] = "AWS Artifact",
        ["cloudtrail"] = "AWS CloudTrail",
        ["guardduty"] = "Amazon GuardDuty",
        ["iam"] = "AWS Identity and Access Management",
        ["inspector2"] = "Inspector2",
        ["kms"] = "AWS Key Management Service",
        ["organizations"] = "AWS Organizations",
        ["securityhub"] = "AWS SecurityHub",
        ["shield"] = "AWS Shield",
        ["sts"] = "AWS Security Token Service",
        ["wafv2"] = "AWS WAFV2",
    };

    public static string DisplayName(string serviceNamespace) => Known.GetValueOrDefault(serviceNamespace, serviceNamespace);

    /// <summary>The namespaces an Allow statement of the policies names; "*" and NotAction statements allow every known service.</summary>
    public static IReadOnlySet<string> AllowedBy(IEnumerable<CompiledPolicy> policies)
    {
        var allowed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var statement in policies.SelectMany(p => p.Document.Statements).Where(s => s.Effect == Effect.Allow))
        {
            if (statement.NotAction is not null)
            {
                allowed.UnionWith(Known.Keys);
                continue;
            }
            foreach (var action in statement.Action ?? [])
            {
                allowed.UnionWith(Namespaces(action));
            }
        }
        return allowed;
    }

    /// <summary>Whether a statement's action pattern reaches into <paramref name="serviceNamespace"/>.</summary>
    public static bool Grants(PolicyStatement statement, string serviceNamespace) =>
        statement.Effect == Effect.Allow
        && (statement.NotAction is not null || (statement.Action ?? []).Any(action => Namespaces(action).Contains(serviceNamespace)));

    private static IEnumerable<string> Namespaces(string action)
    {
        var colon = action.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return action == "*" ? Known.Keys : [];
        }
        var prefix = action[..colon].ToLowerInvariant();
        return prefix.Contains('*') || prefix.Contains('?')
            ? Known.Keys.Where(name => System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(prefix, name, ignoreCase: false))
            : [prefix];
    }
}
