using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.ServiceAccess;

/// <summary>Stops trusting a service; disabling one that is not enabled changes nothing.</summary>
public sealed class DisableAWSServiceAccess(IStore store) : OrganizationsOperation<ServicePrincipalRequest, EmptyResponse>
{
    public override string Name => "DisableAWSServiceAccess";

    protected override OperationDeclaration<ServicePrincipalRequest> Declaration { get; } = new()
    {
        Action = "organizations:DisableAWSServiceAccess",
        ReadOnly = false,
        ContextKeys = (request, _) => TrustedServices.ConditionKeys(request.ServicePrincipal),
    };

    protected override async Task<EmptyResponse> HandleAsync(ServicePrincipalRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken)).Record;
        TrustedServices.Require(request.ServicePrincipal);
        await store.DeleteAsync(new ItemKey(OrgCollections.ServiceAccess, organization.Id, request.ServicePrincipal), cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
