using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;

namespace Rampart.Organizations.Policies.Operations;

public sealed record DescribePolicyRequest(string PolicyId);

/// <summary>A policy of the organization, or one AWS manages, with its content.</summary>
public sealed class DescribePolicy(PolicyStore policies, OrganizationAccess access) : OrganizationsOperation<DescribePolicyRequest, PolicyResponse>
{
    public override string Name => "DescribePolicy";

    protected override OperationDeclaration<DescribePolicyRequest> Declaration { get; } = new()
    {
        Action = "organizations:DescribePolicy",
        ReadOnly = true,
    };

    protected override async Task<PolicyResponse> HandleAsync(DescribePolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await access.RequireManagementOrDelegatedAsync(call, cancellationToken)).Record;
        return new PolicyResponse((await policies.RequireAsync(organization, request.PolicyId, cancellationToken)).Describe());
    }
}
