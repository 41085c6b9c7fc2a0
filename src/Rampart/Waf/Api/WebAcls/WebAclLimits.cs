namespace Rampart.Waf.Api.WebAcls;

/// <summary>AWS's fixed limits on web ACLs.</summary>
public static class WebAclLimits
{
    /// <summary>The most WCUs a web ACL may use (AWS charges beyond 1,500 but refuses beyond 5,000).</summary>
    public const long MaxCapacity = Engine.WcuCalculator.MaxWebAclCapacity;

    public static string LabelNamespace(string accountId, string name) => $"awswaf:{accountId}:webacl:{name}:";
}
