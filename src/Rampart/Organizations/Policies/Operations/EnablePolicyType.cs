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
public sealed class EnablePolicyType(IStore store, OrganizationPolicyCache cache) : OrganizationsOperation<PolicyTypeRequest, PolicyTypeResponse>
{
    private readonly PolicyStore policies = new(store, cache);
    private readonly OrganizationAccess access = new(store);

    public override string Name => "EnablePolicyType";

    protected override OperationDeclaration<PolicyTypeRequest> Declaration { get; } = new()
    {
        Action = "organizations:EnablePolicyType",
        ReadOnly = false,
        ContextKeys = (request, _) => PolicyConditionKeys.Of(request.PolicyType),
    };

    protected override async Task<PolicyTypeResponse> HandleAsync(PolicyTypeRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await access.RequireManagementAsync(call, cancellationToken)).Record;
        var type = OrganizationPolicyType.Require(request.PolicyType);
        if (request.RootId != organization.RootId)
        {
            throw PolicyErrors.RootNotFound();
        }
        if (!organization.HasAllFeatures)
        {
            throw PolicyErrors.TypeNotAvailable();
        }
        try
        {
            await policies.CommitAsync(
                [new StoreWrite.Put(PolicyKeys.EnabledType(organization.Id, organization.RootId, type),
                    OrgJson.Write(new EnabledPolicyTypeRecord(type.Name, call.Time)), StoreWrite.Absent)],
                cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            throw PolicyErrors.TypeAlreadyEnabled();
        }
        return new PolicyTypeResponse(await RootPolicyTypes.RootAsync(policies.Store, organization, cancellationToken));
    }
}
