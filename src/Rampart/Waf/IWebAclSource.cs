namespace Rampart.Waf;

/// <summary>
/// The web ACLs in force for protected resources (gateways), read by the gateway on its request path. Implemented
/// by the WAFv2 control plane over the store.
/// </summary>
public interface IWebAclSource
{
    /// <summary>The web ACL associated with the resource, with what it references, or null when none is associated.</summary>
    ValueTask<WebAclSnapshot?> FindForResourceAsync(string resourceArn, CancellationToken cancellationToken);

    /// <summary>Raised after any committed change to a web ACL, IP set, regex pattern set, rule group or association.</summary>
    event Action? Changed;
}
