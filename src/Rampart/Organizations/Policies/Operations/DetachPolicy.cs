using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Policies.Operations;

/// <summary>Detaches a policy from a root, OU or account. A target keeps at least one SCP (detaching the last one is
/// a ConstraintViolationException), and RCPFullAWSAccess cannot be detached at all.</summary>
public sealed class DetachPolicy(IStore store, OrganizationPolicyCache cache)
    : OrganizationsOperation<PolicyAttachmentRequest, EmptyResponse>
{
    private readonly PolicyStore policies = new(store, cache);
    private readonly PolicyTargets targets = new(store);
    private readonly OrganizationAccess access = new(store);

    public override string Name => "DetachPolicy";

    protected override OperationDeclaration<PolicyAttachmentRequest> Declaration { get; } = new()
    {
        Action = "organizations:DetachPolicy",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(PolicyAttachmentRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await access.RequireManagementAsync(call, cancellationToken)).Record;
        var policy = await policies.RequireAsync(organization, request.PolicyId, cancellationToken);
        var target = await targets.RequireAsync(organization, request.TargetId, cancellationToken);
        await StoreRetry.RunAsync(async token =>
        {
            var guard = await policies.GuardAsync(organization.Id, target.TargetId, policy.Type, call.Time, token);
            var attached = await policies.AttachedAsync(organization, target.TargetId, policy.Type, token);
            if (!attached.Any(p => p.Id == policy.Id))
            {
                throw PolicyErrors.NotAttached();
            }
            if (AwsManagedPolicy.Find(policy.Id) is { Detachable: false })
            {
                throw PolicyErrors.NonDetachable();
            }
            if (policy.Type == OrganizationPolicyType.ServiceControl && attached.Count == 1)
            {
                throw PolicyErrors.LastPolicy();
            }
            var writes = new List<StoreWrite>();
            if (policy.AwsManaged)
            {
                writes.Add(new StoreWrite.Put(PolicyKeys.DefaultDetached(organization.Id, target.TargetId, policy.Id),
                    OrgJson.Write(new AttachmentRecord(policy.Id, target.TargetId, policy.Type.Name, call.Time)), StoreWrite.Absent));
            }
            else
            {
                writes.Add(new StoreWrite.Delete(PolicyKeys.ByTarget(organization.Id, target.TargetId, policy.Id)));
                writes.Add(new StoreWrite.Delete(PolicyKeys.ByPolicy(organization.Id, policy.Id, target.TargetId)));
            }
            writes.Add(guard);
            return await policies.CommitAsync(writes, token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
