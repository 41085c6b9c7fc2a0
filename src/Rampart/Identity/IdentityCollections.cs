namespace Rampart.Identity;

/// <summary>The store collections that hold identities.</summary>
public static class IdentityCollections
{
    public const string Account = "account";

    public const string AccessKey = "iam.access-key";

    /// <summary>The server's own settings, such as which account is the default one.</summary>
    public const string Server = "server";
}
