using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Policies.Effective;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Policies.Operations;

public sealed record DescribeEffectivePolicyRequest(string PolicyType, string? TargetId);

public sealed record EffectivePolicyOutput(string PolicyContent, DateTimeOffset LastUpdatedTimestamp, string TargetId, string PolicyType);

public sealed record DescribeEffectivePolicyResponse(EffectivePolicyOutput EffectivePolicy);

/// <summary>The effective management policy of an account: the policies of the type attached to the root, to each OU
/// above the account and to the account itself, merged by their inheritance operators. A member account may ask
/// about itself only; the management account about any account.</summary>
public sealed class DescribeEffectivePolicy(IStore store, OrganizationPolicyCache cache, OrganizationDirectory directory)
    : OrganizationsOperation<DescribeEffectivePolicyRequest, DescribeEffectivePolicyResponse>
{
    private readonly PolicyTargets targets = new(store);
    private readonly OrganizationAccess access = new(store);
    private readonly EffectivePolicies effective = new(new PolicyStore(store, cache));

    public override string Name => "DescribeEffectivePolicy";

    protected override OperationDeclaration<DescribeEffectivePolicyRequest> Declaration { get; } = new()
    {
        Action = "organizations:DescribeEffectivePolicy",
        ReadOnly = true,
        Resources = (request, call) => new OrganizationArns(directory).Target(call, request.TargetId ?? call.AccountId),
        ContextKeys = (request, _) => PolicyConditionKeys.Of(request.PolicyType),
    };

    protected override async Task<DescribeEffectivePolicyResponse> HandleAsync(
        DescribeEffectivePolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await access.RequireMemberAsync(call, cancellationToken)).Record;
        var type = EffectivePolicyTypes.Require(request.PolicyType);
        var targetId = request.TargetId ?? call.AccountId;
        if (targetId != call.AccountId && organization.ManagementAccountId != call.AccountId)
        {
            throw OrgErrors.AccessDenied();
        }
        var target = await targets.RequireAsync(organization, targetId, cancellationToken);
        if (target.Type != "ACCOUNT")
        {
            throw OrgErrors.InvalidInput("TARGET_NOT_SUPPORTED", "You can't perform the specified operation on that target entity.");
        }
        var result = await effective.ComputeAsync(organization, target, type, cancellationToken) ?? throw PolicyErrors.EffectivePolicyNotFound();
        return new DescribeEffectivePolicyResponse(
            new EffectivePolicyOutput(result.Content.ToJsonString(), result.LastUpdated, target.TargetId, type.Name));
    }
}
