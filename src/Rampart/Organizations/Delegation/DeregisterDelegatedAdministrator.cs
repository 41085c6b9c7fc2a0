using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.ServiceAccess;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Delegation;

public sealed class DeregisterDelegatedAdministrator(IStore store, OrganizationDirectory directory) : OrganizationsOperation<DelegationRequest, EmptyResponse>
{
    public override string Name => "DeregisterDelegatedAdministrator";

    protected override OperationDeclaration<DelegationRequest> Declaration { get; } = new()
    {
        Action = "organizations:DeregisterDelegatedAdministrator",
        ReadOnly = false,
        Resources = (request, call) => new OrganizationArns(directory).Account(call, request.AccountId),
        ContextKeys = (request, _) => TrustedServices.ConditionKeys(request.ServicePrincipal),
    };

    protected override async Task<EmptyResponse> HandleAsync(DelegationRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken)).Record;
        TrustedServices.Require(request.ServicePrincipal);
        await new OrganizationStore(store).RequireAccountAsync(organization.Id, request.AccountId, cancellationToken);
        if (!await store.DeleteAsync(DelegationKeys.Of(organization.Id, request.AccountId, request.ServicePrincipal), cancellationToken: cancellationToken))
        {
            throw OrgErrors.AccountNotRegistered();
        }
        return EmptyResponse.Instance;
    }
}
