using Rampart.Iam.Federation;
using Rampart.Iam.InstanceProfiles;
using Rampart.Iam.Policies;
using Rampart.Iam.Roles;
using Rampart.Iam.ServerCertificates;
using Rampart.Storage;

namespace Rampart.Iam.Common;

/// <summary>An IAM quota on how many entities of one kind an account holds (AWS's defaults), enforced when one is
/// created. Counting and creating are two steps, so creations racing each other can pass the quota by a few, as in
/// AWS's eventually consistent IAM.</summary>
public sealed record AccountQuota(string Name, string Collection, int Limit)
{
    public static readonly AccountQuota Users = new("UsersPerAccount", IamCollections.User, 5000);
    public static readonly AccountQuota Groups = new("GroupsPerAccount", IamCollections.Group, 300);
    public static readonly AccountQuota Roles = new("RolesPerAccount", RoleCollections.Role, 1000);
    public static readonly AccountQuota InstanceProfiles = new("InstanceProfilesPerAccount", InstanceProfileDirectory.Collection, 1000);
    public static readonly AccountQuota Policies = new("PoliciesPerAccount", PolicyCollections.ManagedPolicy, 1500);
    public static readonly AccountQuota ServerCertificates = new("ServerCertificatesPerAccount", ServerCertificateDirectory.Collection, 20);
    public static readonly AccountQuota SamlProviders = new("SamlProvidersPerAccount", FederationCollections.SamlProvider, 100);
    public static readonly AccountQuota OidcProviders = new("OpenIdConnectProvidersPerAccount", FederationCollections.OidcProvider, 100);

    /// <summary>IAM's LimitExceeded when the account already holds <see cref="Limit"/> entities.</summary>
    public async ValueTask EnsureRoomAsync(IStore store, string accountId, CancellationToken cancellationToken)
    {
        if (await store.CountAsync(Collection, accountId, cancellationToken) >= Limit)
        {
            throw IamErrors.LimitExceeded($"Cannot exceed quota for {Name}: {Limit}");
        }
    }
}
