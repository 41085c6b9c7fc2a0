using Rampart.Iam.Common;
using Rampart.Organizations;
using Rampart.Protocol;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.AccountSettings;

/// <summary>Centralized root access for member accounts: the features an organization's management account turned
/// on (collection "iam.organization-features", partition "", key = organization ID). An account outside any
/// organization gets Organizations' OrganizationNotFoundException, as in AWS.</summary>
public sealed class OrganizationFeatures(IStore store, IEnumerable<IOrganizationDirectory> directories)
{
    public const string Collection = "iam.organization-features";
    public const string RootCredentialsManagement = "RootCredentialsManagement";
    public const string RootSessions = "RootSessions";

    private readonly IOrganizationDirectory? directory = directories.FirstOrDefault();

    /// <summary>The caller's organization, for reading the features: management account only.</summary>
    public async ValueTask<AccountPlacement> RequireManagerAsync(string accountId, bool enabling, CancellationToken cancellationToken)
    {
        var placement = directory is null ? null : await directory.FindAsync(accountId, cancellationToken);
        if (placement is null)
        {
            throw new AwsException("OrganizationNotFoundException", "The request was rejected because no organization is associated with your account.", 400);
        }
        if (!placement.IsManagementAccount)
        {
            throw enabling
                ? new AwsException("CallerIsNotManagementAccountException", "The request was rejected because the account making the request is not the management account for the organization.", 400)
                : new AwsException("AccountNotManagementOrDelegatedAdministratorException", "The request was rejected because the account making the request is not the management account or delegated administrator account for centralized root access.", 400);
        }
        return placement;
    }

    public async ValueTask<IReadOnlyList<string>> EnabledAsync(string organizationId, CancellationToken cancellationToken) =>
        await store.GetAsync(KeyOf(organizationId), cancellationToken) is { } item ? IamJson.Read<List<string>>(item.Json) : [];

    /// <summary>Turns one feature on or off and returns the features enabled afterwards.</summary>
    public async ValueTask<IReadOnlyList<string>> SetAsync(string organizationId, string feature, bool enabled, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> result = [];
        await StoreRetry.RunAsync(async token =>
        {
            var item = await store.GetAsync(KeyOf(organizationId), token);
            var features = item is null ? [] : IamJson.Read<List<string>>(item.Json);
            features.Remove(feature);
            if (enabled)
            {
                features.Add(feature);
            }
            result = [.. features.Order(StringComparer.Ordinal)];
            return await store.CommitAsync([new StoreWrite.Put(KeyOf(organizationId), IamJson.Write(result), item?.Version ?? StoreWrite.Absent)], token);
        }, cancellationToken: cancellationToken);
        return result;
    }

    private static ItemKey KeyOf(string organizationId) => new(Collection, "", organizationId);
}
