using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Accounts;

/// <summary>A member account leaves its organization; the management account cannot.</summary>
public sealed class LeaveOrganization(IStore store, OrganizationDirectory directory, OrganizationPolicyCache policies) : OrganizationsOperation<NoParametersRequest, EmptyResponse>
{
    public override string Name => "LeaveOrganization";

    protected override OperationDeclaration<NoParametersRequest> Declaration { get; } = new()
    {
        Action = "organizations:LeaveOrganization",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(NoParametersRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = await new OrganizationAccess(store).RequireMemberAsync(call, cancellationToken);
        await new MembershipEnd(store, directory, policies).EndAsync(organization.Record, call.AccountId, cancellationToken);
        return EmptyResponse.Instance;
    }
}
