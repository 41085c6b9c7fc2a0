namespace Rampart.Waf.Engine.Compilation;

/// <summary>The label namespaces AWS WAF gives web ACLs and rule groups (awswaf:ACCOUNT:webacl:NAME: and
/// awswaf:ACCOUNT:rulegroup:NAME:), derived from the ARN when the definition does not carry LabelNamespace.</summary>
internal static class LabelNamespaces
{
    public static string ForWebAcl(string arn, string name) => $"awswaf:{Account(arn)}:webacl:{name}:";

    public static string ForRuleGroup(string arn, string? name) =>
        $"awswaf:{Account(arn)}:rulegroup:{name ?? NameFromArn(arn)}:";

    /// <summary>A stored namespace, ending with the colon that joins it to label names whether or not it was kept.</summary>
    public static string? WithColon(string? labelNamespace) =>
        string.IsNullOrEmpty(labelNamespace) ? null : labelNamespace.EndsWith(':') ? labelNamespace : labelNamespace + ":";

    private static string Account(string arn)
    {
        var parts = arn.Split(':');
        return parts.Length > 4 && parts[4].Length > 0 ? parts[4] : "000000000000";
    }

    private static string NameFromArn(string arn)
    {
        var resource = arn.Split(':').LastOrDefault() ?? "";
        var segments = resource.Split('/');
        return segments.Length >= 3 ? segments[2] : resource;
    }
}
