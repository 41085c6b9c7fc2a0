namespace Rampart.Policy;

/// <summary>The kinds of policy document AWS distinguishes; each has its own validation rules and size limit.</summary>
public enum PolicyKind
{
    Identity,
    Resource,
    Trust,
    PermissionsBoundary,
    Session,
    ServiceControl,
    ResourceControl,
    KeyPolicy,
}
