using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.ResourcePolicies;

public sealed class DescribeResourcePolicy(IStore store) : OrganizationsOperation<NoParametersRequest, ResourcePolicyResponse>
{
    public override string Name => "DescribeResourcePolicy";

    protected override OperationDeclaration<NoParametersRequest> Declaration { get; } = new()
    {
        Action = "organizations:DescribeResourcePolicy",
        ReadOnly = true,
    };

    protected override async Task<ResourcePolicyResponse> HandleAsync(NoParametersRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementOrDelegatedAsync(call, cancellationToken)).Record;
        var policy = await ResourcePolicyStore.FindAsync(store, organization.Id, cancellationToken) ?? throw OrgErrors.ResourcePolicyNotFound();
        return new ResourcePolicyResponse(ResourcePolicyOutput.Of(organization, policy.Record));
    }
}
