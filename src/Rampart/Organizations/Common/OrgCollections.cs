namespace Rampart.Organizations.Common;

/// <summary>The store collections of the organization tree (see Tree/README.md).</summary>
public static class OrgCollections
{
    /// <summary>Organizations: partition "", key = organization ID.</summary>
    public const string Organization = "org.organization";

    /// <summary>Which organization an account belongs to: partition "", key = account ID.</summary>
    public const string Membership = "org.membership";

    /// <summary>Member accounts: partition = organization ID, key = account ID.</summary>
    public const string Account = "org.account";

    /// <summary>Organizational units: partition = organization ID, key = OU ID.</summary>
    public const string Unit = "org.ou";

    /// <summary>OU names under one parent: partition = organization ID, key = "PARENT/NAME".</summary>
    public const string UnitName = "org.ou-name";

    /// <summary>Children of roots and OUs: partition = organization ID, key = "PARENT/A/ACCOUNT" or "PARENT/O/OU".</summary>
    public const string Child = "org.child";

    /// <summary>Root emails of every account the tree knows, lower-case: partition "", key = email.</summary>
    public const string Email = "org.email";

    /// <summary>CreateAccount requests: partition = organization ID, key = car- ID.</summary>
    public const string CreateAccountStatus = "org.create-account";

    /// <summary>Accounts closed, for the closure quota: partition = organization ID, key = "TIME/ACCOUNT" (sortable time).</summary>
    public const string AccountClosure = "org.account-closure";

    /// <summary>Handshakes: partition "", key = h- ID.</summary>
    public const string Handshake = "org.handshake";

    /// <summary>Handshakes by the account (or "email:ADDRESS") they are addressed to: partition = that, key = h- ID.</summary>
    public const string HandshakeOfParty = "org.handshake-party";

    /// <summary>Handshakes by organization: partition = organization ID, key = h- ID.</summary>
    public const string HandshakeOfOrganization = "org.handshake-org";

    /// <summary>Delegated administrators: partition = organization ID, key = "ACCOUNT/SERVICE-PRINCIPAL".</summary>
    public const string Delegation = "org.delegation";

    /// <summary>Trusted service access: partition = organization ID, key = service principal.</summary>
    public const string ServiceAccess = "org.service-access";

    /// <summary>The organization's resource policy: partition "", key = organization ID.</summary>
    public const string ResourcePolicy = "org.resource-policy";

    /// <summary>Tags of roots, OUs, accounts, policies and the resource policy: partition = organization ID, key = resource ID.</summary>
    public const string Tags = "org.tags";
}
