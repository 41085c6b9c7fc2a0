using Rampart.Iam.AccessKeys;
using Rampart.Iam.Common;
using Rampart.Iam.Groups;
using Rampart.Iam.Passwords;
using Rampart.Iam.Policies;
using Rampart.Iam.Roles;
using Rampart.Identity;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Account;

/// <summary>IAM's usage and quotas of the account, with the keys AWS returns. Counts are the store's maintained
/// item counts (one row read each); Providers counts SAML and OpenID Connect providers alike; AccountMFAEnabled is 1
/// while an MFA device is enabled for the root user; GlobalEndpointTokenVersion is the account's STS preference (1
/// unless set to v2Token).</summary>
public sealed class GetAccountSummary(IStore store) : Operation<NoParametersRequest, GetAccountSummaryResponse>
{
    private readonly RootAccessKeys rootKeys = new(store);

    public override string Service => "iam";

    public override string Name => "GetAccountSummary";

    protected override OperationDeclaration<NoParametersRequest> Declaration { get; } = new()
    {
        Action = "iam:GetAccountSummary",
        ReadOnly = true,
    };

    protected override async Task<GetAccountSummaryResponse> HandleAsync(NoParametersRequest request, CallContext call, CancellationToken cancellationToken)
    {
        async Task<int> Count(string collection) => (int)await store.CountAsync(collection, call.AccountId, cancellationToken);
        var rootKeyActive = (await rootKeys.OfAccountAsync(call.AccountId, cancellationToken)).Any(k => k.IsActive);
        return new GetAccountSummaryResponse(new Dictionary<string, int>
        {
            ["Users"] = await Count(IamCollections.User),
            ["UsersQuota"] = AccountQuota.Users.Limit,
            ["Groups"] = await Count(IamCollections.Group),
            ["GroupsQuota"] = AccountQuota.Groups.Limit,
            ["GroupsPerUserQuota"] = GroupMembership.MaxGroupsPerUser,
            ["AccessKeysPerUserQuota"] = AccessKeyDirectory.MaxPerUser,
            ["AccountAccessKeysPresent"] = rootKeyActive ? 1 : 0,
            ["AccountPasswordPresent"] = await RootPasswordPresentAsync(call.AccountId, cancellationToken) ? 1 : 0,
            ["Policies"] = await Count(PolicyCollections.ManagedPolicy),
            ["PoliciesQuota"] = AccountQuota.Policies.Limit,
            ["PolicyVersionsInUse"] = await Count(PolicyCollections.Attachment),
            ["PolicyVersionsInUseQuota"] = 10000,
            ["VersionsPerPolicyQuota"] = 5,
            ["PolicySizeQuota"] = 6144,
            ["UserPolicySizeQuota"] = 2048,
            ["GroupPolicySizeQuota"] = 5120,
            ["RolePolicySizeQuota"] = 10240,
            ["AssumeRolePolicySizeQuota"] = 2048,
            ["AttachedPoliciesPerUserQuota"] = 10,
            ["AttachedPoliciesPerGroupQuota"] = 10,
            ["AttachedPoliciesPerRoleQuota"] = 10,
            ["Roles"] = await Count(RoleCollections.Role),
            ["RolesQuota"] = AccountQuota.Roles.Limit,
            ["InstanceProfiles"] = await Count(InstanceProfiles.InstanceProfileDirectory.Collection),
            ["InstanceProfilesQuota"] = AccountQuota.InstanceProfiles.Limit,
            ["Providers"] = await Count(Federation.FederationCollections.SamlProvider) + await Count(Federation.FederationCollections.OidcProvider),
            ["MFADevices"] = await Count(Mfa.MfaDevices.Collection),
            ["MFADevicesInUse"] = await Count(Mfa.MfaDevices.UserCollection),
            ["AccountMFAEnabled"] = await Mfa.MfaDevices.AnyEnabledAsync(store, call.AccountId, call.AccountId, cancellationToken) ? 1 : 0,
            ["ServerCertificates"] = await Count(ServerCertificates.ServerCertificateDirectory.Collection),
            ["ServerCertificatesQuota"] = AccountQuota.ServerCertificates.Limit,
            ["SigningCertificatesPerUserQuota"] = 2,
            ["AccountSigningCertificatesPresent"] = 0,
            ["GlobalEndpointTokenVersion"] = await TokenVersionAsync(call.AccountId, cancellationToken),
        });
    }

    /// <summary>The default account's root user has a password; accounts that Organizations creates have none until
    /// the root user recovers one.</summary>
    private async Task<bool> RootPasswordPresentAsync(string accountId, CancellationToken cancellationToken) =>
        await new RootLoginProfile(store).FindAsync(accountId, cancellationToken) is not null;

    private async Task<int> TokenVersionAsync(string accountId, CancellationToken cancellationToken) =>
        await store.GetAsync(AccountSettings.SecurityTokenServicePreferences.KeyOf(accountId), cancellationToken) is { } item
        && IamJson.Read<AccountSettings.SecurityTokenServicePreferences>(item.Json).GlobalEndpointTokenVersion == "v2Token" ? 2 : 1;
}
