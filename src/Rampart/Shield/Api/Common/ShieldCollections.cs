namespace Rampart.Shield.Api.Common;

/// <summary>Store collections of Shield; the partition is the account ID.</summary>
public static class ShieldCollections
{
    /// <summary>The account's subscription, DRT access, emergency contacts and proactive engagement (key "account").</summary>
    public const string Account = "shield.account";

    /// <summary>Protections by ID.</summary>
    public const string Protection = "shield.protection";

    /// <summary>The protection of each resource, keyed by resource ARN.</summary>
    public const string ProtectionByResource = "shield.protection-by-resource";

    /// <summary>Protection groups by ID.</summary>
    public const string ProtectionGroup = "shield.protection-group";

    /// <summary>Attacks on the account's resources, by attack ID (the partition is the resource's account).</summary>
    public const string Attack = "shield.attack";

    public const string AccountKey = "account";
}
