namespace Rampart.Policy.Parsing;

/// <summary>What each kind of policy allows, requires and forbids, from the IAM, Organizations, STS and KMS guides.</summary>
internal static class KindRules
{
    /// <summary>SCPs and RCPs, which AWS Organizations validates and rejects with one generic message.</summary>
    public static bool IsOrganizationsPolicy(PolicyKind kind) => kind is PolicyKind.ServiceControl or PolicyKind.ResourceControl;

    /// <summary>IAM, STS and KMS accept only tab, LF, CR and U+0020–U+00FF in a document; Organizations and the
    /// services holding resource-based policies accept any character.</summary>
    public static bool RestrictsCharacters(PolicyKind kind) =>
        kind is PolicyKind.Identity or PolicyKind.PermissionsBoundary or PolicyKind.Trust or PolicyKind.Session or PolicyKind.KeyPolicy;

    /// <summary>IAM managed policies (so boundaries), SCPs and RCPs must say Version 2012-10-17.</summary>
    public static bool RequiresCurrentVersion(PolicyKind kind) =>
        kind is PolicyKind.Identity or PolicyKind.PermissionsBoundary or PolicyKind.ServiceControl or PolicyKind.ResourceControl;

    /// <summary>Policies attached to a principal name no principal.</summary>
    public static bool ForbidsPrincipal(PolicyKind kind) =>
        kind is PolicyKind.Identity or PolicyKind.PermissionsBoundary or PolicyKind.Session or PolicyKind.ServiceControl;

    /// <summary>Policies attached to a resource say whom they apply to.</summary>
    public static bool RequiresPrincipal(PolicyKind kind) =>
        kind is PolicyKind.Resource or PolicyKind.Trust or PolicyKind.KeyPolicy or PolicyKind.ResourceControl;

    /// <summary>NotPrincipal exists only in resource-based policies (and key policies); trust policies and RCPs reject it.</summary>
    public static bool ForbidsNotPrincipal(PolicyKind kind) => kind is PolicyKind.Trust or PolicyKind.ResourceControl;

    /// <summary>A trust policy's resource is the role itself.</summary>
    public static bool ForbidsResource(PolicyKind kind) => kind is PolicyKind.Trust;

    /// <summary>IAM requires alphanumeric statement IDs; S3, KMS and other services accept any text.</summary>
    public static bool RequiresAlphanumericSid(PolicyKind kind) =>
        kind is PolicyKind.Identity or PolicyKind.PermissionsBoundary or PolicyKind.Trust;

    /// <summary>IAM and Organizations require unique statement IDs; services with resource-based policies set their own rules.</summary>
    public static bool RequiresUniqueSids(PolicyKind kind) => kind is not (PolicyKind.Resource or PolicyKind.KeyPolicy);
}
