using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Accounts;

public sealed record RemoveAccountFromOrganizationRequest(string AccountId);

public sealed class RemoveAccountFromOrganization(IStore store, OrganizationDirectory directory, OrganizationPolicyCache policies)
    : OrganizationsOperation<RemoveAccountFromOrganizationRequest, EmptyResponse>
{
    public override string Name => "RemoveAccountFromOrganization";

    protected override OperationDeclaration<RemoveAccountFromOrganizationRequest> Declaration { get; } = new()
    {
        Action = "organizations:RemoveAccountFromOrganization",
        ReadOnly = false,
        Resources = (request, call) => new OrganizationArns(directory).Account(call, request.AccountId),
    };

    protected override async Task<EmptyResponse> HandleAsync(
        RemoveAccountFromOrganizationRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken);
        await new MembershipEnd(store, directory, policies).EndAsync(organization.Record, request.AccountId, cancellationToken);
        return EmptyResponse.Instance;
    }
}
