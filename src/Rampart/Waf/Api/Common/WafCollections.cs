namespace Rampart.Waf.Api.Common;

/// <summary>Store collections of WAFv2. Everything is regional: the partition is the account and region.</summary>
public static class WafCollections
{
    public const string Prefix = "wafv2.";

    /// <summary>Web ACLs, IP sets, regex pattern sets and rule groups, keyed "scope/kind/name".</summary>
    public const string Entity = "wafv2.entity";

    /// <summary>Which web ACL protects a resource, keyed by the resource's ARN (hashed when too long).</summary>
    public const string Association = "wafv2.association";

    /// <summary>The resources a web ACL protects, keyed "webAclId/resourceArn".</summary>
    public const string AssociationByWebAcl = "wafv2.association-by-webacl";

    /// <summary>Which entity references which, keyed "referencedId/referencingId", so a used entity cannot be deleted.</summary>
    public const string Reference = "wafv2.reference";

    /// <summary>Logging configurations (the LoggingConfiguration shape), keyed "SCOPE/webAclId".</summary>
    public const string Logging = "wafv2.logging";

    /// <summary>CAPTCHA API keys, keyed "scope/keyId".</summary>
    public const string ApiKey = "wafv2.apikey";

    public static string Partition(string accountId, string region) => $"{accountId}/{region}";
}
