using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Policies.Operations;

/// <summary>Enables a policy type in the root. For SCPs and RCPs this attaches FullAWSAccess or RCPFullAWSAccess to
/// every root, OU and account at once (and to every one created later), so enabling them changes no decision until
/// another policy is attached.</summary>
public sealed class EnablePolicyType(IStore store, OrganizationPolicyCache cache, OrganizationDirectory directory)
    : PolicyTypeOperation(store, cache, directory, "EnablePolicyType")
{
    protected override async ValueTask ChangeAsync(
        OrganizationRecord organization, OrganizationPolicyType type, CallContext call, CancellationToken cancellationToken)
    {
        if (!organization.HasAllFeatures)
        {
            throw PolicyErrors.TypeNotAvailable();
        }
        try
        {
            await Policies.CommitAsync(
                [new StoreWrite.Put(PolicyKeys.EnabledType(organization.Id, organization.RootId, type),
                    OrgJson.Write(new EnabledPolicyTypeRecord(type.Name, call.Time)), StoreWrite.Absent)],
                cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            throw PolicyErrors.TypeAlreadyEnabled();
        }
    }
}
