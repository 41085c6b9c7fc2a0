using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Policies.Operations;

public sealed record DescribePolicyRequest(string PolicyId);

/// <summary>A policy of the organization, or one AWS manages, with its content.</summary>
public sealed class DescribePolicy(IStore store, OrganizationPolicyCache cache, PolicyArns policyArns) : OrganizationsOperation<DescribePolicyRequest, PolicyResponse>
{
    private readonly PolicyStore policies = new(store, cache);
    private readonly OrganizationAccess access = new(store);

    public override string Name => "DescribePolicy";

    protected override OperationDeclaration<DescribePolicyRequest> Declaration { get; } = new()
    {
        Action = "organizations:DescribePolicy",
        ReadOnly = true,
        Resources = (request, call) => policyArns.Of(call, request.PolicyId),
        ContextKeys = (request, call) => policyArns.TypeKey(call, request.PolicyId),
    };

    protected override async Task<PolicyResponse> HandleAsync(DescribePolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await access.RequireManagementOrDelegatedAsync(call, cancellationToken)).Record;
        return new PolicyResponse((await policies.RequireAsync(organization, request.PolicyId, cancellationToken)).Describe());
    }
}
