namespace Rampart.Identity.Sessions;

/// <summary>The store collection of temporary credentials: partition "" (access key IDs are unique across
/// accounts), key = the ASIA access key ID.</summary>
public static class SessionCollections
{
    public const string Session = "sts.session";
}
