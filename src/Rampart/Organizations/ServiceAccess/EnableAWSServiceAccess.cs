using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.ServiceAccess;

/// <summary>Trusts a service to act across the organization; enabling it again keeps the first date.</summary>
public sealed class EnableAWSServiceAccess(IStore store) : OrganizationsOperation<ServicePrincipalRequest, EmptyResponse>
{
    public override string Name => "EnableAWSServiceAccess";

    protected override OperationDeclaration<ServicePrincipalRequest> Declaration { get; } = new()
    {
        Action = "organizations:EnableAWSServiceAccess",
        ReadOnly = false,
        ContextKeys = (request, _) => TrustedServices.ConditionKeys(request.ServicePrincipal),
    };

    protected override async Task<EmptyResponse> HandleAsync(ServicePrincipalRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken)).Record;
        RequireAllFeatures(organization);
        TrustedServices.Require(request.ServicePrincipal);
        var key = new ItemKey(OrgCollections.ServiceAccess, organization.Id, request.ServicePrincipal);
        if (await store.GetAsync(key, cancellationToken) is null)
        {
            try
            {
                await store.PutAsync(key, OrgJson.Write(new ServiceAccessRecord(request.ServicePrincipal, call.Time)), StoreWrite.Absent, cancellationToken);
            }
            catch (ConcurrencyConflictException)
            {
                // Enabled meanwhile by another call: the outcome asked for holds.
            }
        }
        return EmptyResponse.Instance;
    }

    public static void RequireAllFeatures(OrganizationRecord organization)
    {
        if (!organization.HasAllFeatures)
        {
            throw OrgErrors.Constraint(
                "ORGANIZATION_NOT_IN_ALL_FEATURES_MODE",
                "You attempted to perform an operation that requires the organization to be configured to support all features.");
        }
    }
}
