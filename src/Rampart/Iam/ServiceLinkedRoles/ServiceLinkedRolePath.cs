using Rampart.Iam.Common;
using Rampart.Iam.Roles;
using Rampart.Protocol;
using Rampart.Storage;

namespace Rampart.Iam.ServiceLinkedRoles;

/// <summary>Service-linked roles live under "/aws-service-role/SERVICE/"; only their description (and deletion
/// through DeleteServiceLinkedRole) is the customer's to change.</summary>
public static class ServiceLinkedRolePath
{
    public const string Prefix = "/aws-service-role/";

    public static bool IsServiceLinked(RoleRecord role) => role.Path.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The linked service's principal, read from the role's path.</summary>
    public static string ServiceOf(RoleRecord role) => role.Path[Prefix.Length..].TrimEnd('/');

    /// <summary>IAM's UnmodifiableEntity for an edit of a service-linked role.</summary>
    public static AwsException Protected(string roleName) =>
        new("UnmodifiableEntity", $"Cannot perform the operation on the protected role '{roleName}' - this role is only modifiable by AWS", 400);

    /// <summary>Refuses the edit when the named role is service-linked; a missing role is left to the operation.</summary>
    public static async ValueTask ThrowIfProtectedAsync(IStore store, string accountId, string roleName, CancellationToken cancellationToken)
    {
        if (await new RoleDirectory(store).FindAsync(accountId, roleName, cancellationToken) is { } stored && IsServiceLinked(stored.Role))
        {
            throw Protected(stored.Role.RoleName);
        }
    }
}
