using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.ServiceAccess;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Delegation;

/// <summary>Makes a member account a delegated administrator for a service; never the management account, and
/// only in an organization with all features.</summary>
public sealed class RegisterDelegatedAdministrator(IStore store, OrganizationDirectory directory) : OrganizationsOperation<DelegationRequest, EmptyResponse>
{
    public override string Name => "RegisterDelegatedAdministrator";

    protected override OperationDeclaration<DelegationRequest> Declaration { get; } = new()
    {
        Action = "organizations:RegisterDelegatedAdministrator",
        ReadOnly = false,
        Resources = (request, call) => new OrganizationArns(directory).Account(call, request.AccountId),
        ContextKeys = (request, _) => TrustedServices.ConditionKeys(request.ServicePrincipal),
    };

    protected override async Task<EmptyResponse> HandleAsync(DelegationRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken)).Record;
        EnableAWSServiceAccess.RequireAllFeatures(organization);
        TrustedServices.Require(request.ServicePrincipal);
        if (request.AccountId == organization.ManagementAccountId)
        {
            throw OrgErrors.Constraint(
                "CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR", "You can designate only a member account as a delegated administrator.");
        }
        var account = await new OrganizationStore(store).RequireAccountAsync(organization.Id, request.AccountId, cancellationToken);
        if (account.Record.IsClosing)
        {
            throw OrgErrors.Constraint(
                "CANNOT_REGISTER_SUSPENDED_ACCOUNT_AS_DELEGATED_ADMINISTRATOR", "You cannot register a suspended account as a delegated administrator.");
        }
        try
        {
            await store.CommitAsync(
            [
                new StoreWrite.Check(TreeKeys.Account(organization.Id, request.AccountId), account.Version),
                new StoreWrite.Put(
                    DelegationKeys.Of(organization.Id, request.AccountId, request.ServicePrincipal),
                    OrgJson.Write(new DelegationRecord(request.AccountId, request.ServicePrincipal, call.Time)), StoreWrite.Absent),
            ], cancellationToken);
        }
        catch (ConcurrencyConflictException conflict) when (conflict.Key.Collection == OrgCollections.Delegation)
        {
            throw OrgErrors.AccountAlreadyRegistered();
        }
        catch (ConcurrencyConflictException)
        {
            throw OrgErrors.AccountNotFound();
        }
        return EmptyResponse.Instance;
    }
}
