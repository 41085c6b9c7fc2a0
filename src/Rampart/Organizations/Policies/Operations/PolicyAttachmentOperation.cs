using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Policies.Operations;

/// <summary>What AttachPolicy and DetachPolicy decide on: the policy, the target, and the policies of that type
/// attached to the target as read within the change's transaction.</summary>
public sealed record PolicyAttachmentChange(
    OrganizationRecord Organization, OrganizationPolicy Policy, PolicyTarget Target, IReadOnlyList<OrganizationPolicy> Attached, DateTimeOffset Time);

/// <summary>AttachPolicy and DetachPolicy: the management account changes which policies apply to a root, OU or
/// account. Both authorize on the policy and the target, and commit their writes with the target's guard for the
/// policy type, so that concurrent changes cannot together break the per-target limits; the change binds the very
/// next request of every account below the target.</summary>
public abstract class PolicyAttachmentOperation(
    IStore store, OrganizationPolicyCache cache, OrganizationDirectory directory, PolicyArns policyArns, string name)
    : OrganizationsOperation<PolicyAttachmentRequest, EmptyResponse>
{
    private readonly PolicyTargets targets = new(store);
    private readonly OrganizationAccess access = new(store);

    protected PolicyStore Policies { get; } = new(store, cache);

    public sealed override string Name => name;

    protected sealed override OperationDeclaration<PolicyAttachmentRequest> Declaration { get; } = new()
    {
        Action = "organizations:" + name,
        ReadOnly = false,
        Resources = (request, call) =>
            [.. policyArns.Of(call, request.PolicyId), .. new OrganizationArns(directory).Target(call, request.TargetId)],
        ContextKeys = (request, call) => policyArns.TypeKey(call, request.PolicyId),
    };

    /// <summary>The writes that make the change, or the error that refuses it.</summary>
    protected abstract ValueTask<IReadOnlyList<StoreWrite>> ChangeAsync(PolicyAttachmentChange change, CancellationToken cancellationToken);

    protected sealed override async Task<EmptyResponse> HandleAsync(PolicyAttachmentRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await access.RequireManagementAsync(call, cancellationToken)).Record;
        var policy = await Policies.RequireAsync(organization, request.PolicyId, cancellationToken);
        var target = await targets.RequireAsync(organization, request.TargetId, cancellationToken);
        await StoreRetry.RunAsync(async token =>
        {
            var guard = await Policies.GuardAsync(organization.Id, target.TargetId, policy.Type, call.Time, token);
            var attached = await Policies.AttachedAsync(organization, target.TargetId, policy.Type, token);
            var writes = await ChangeAsync(new PolicyAttachmentChange(organization, policy, target, attached, call.Time), token);
            return await Policies.CommitAsync([.. writes, guard], token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
