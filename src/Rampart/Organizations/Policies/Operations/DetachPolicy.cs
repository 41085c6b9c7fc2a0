using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Policies.Operations;

/// <summary>Detaches a policy from a root, OU or account. A target keeps at least one SCP (detaching the last one is
/// a ConstraintViolationException), and RCPFullAWSAccess cannot be detached at all.</summary>
public sealed class DetachPolicy(IStore store, OrganizationPolicyCache cache, OrganizationDirectory directory, PolicyArns policyArns)
    : PolicyAttachmentOperation(store, cache, directory, policyArns, "DetachPolicy")
{
    protected override ValueTask<IReadOnlyList<StoreWrite>> ChangeAsync(PolicyAttachmentChange change, CancellationToken cancellationToken)
    {
        var (organization, policy, target, attached, time) = change;
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
        IReadOnlyList<StoreWrite> writes = policy.AwsManaged
            ?
            [
                new StoreWrite.Put(PolicyKeys.DefaultDetached(organization.Id, target.TargetId, policy.Id),
                    OrgJson.Write(new AttachmentRecord(policy.Id, target.TargetId, policy.Type.Name, time)), StoreWrite.Absent),
            ]
            :
            [
                new StoreWrite.Delete(PolicyKeys.ByTarget(organization.Id, target.TargetId, policy.Id)),
                new StoreWrite.Delete(PolicyKeys.ByPolicy(organization.Id, policy.Id, target.TargetId)),
            ];
        return ValueTask.FromResult(writes);
    }
}
