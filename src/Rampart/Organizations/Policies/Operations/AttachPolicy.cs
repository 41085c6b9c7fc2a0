using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Policies.Operations;

/// <summary>Attaches a policy to a root, OU or account, within the type's limit of policies per target.</summary>
public sealed class AttachPolicy(IStore store, OrganizationPolicyCache cache, OrganizationDirectory directory, PolicyArns policyArns)
    : PolicyAttachmentOperation(store, cache, directory, policyArns, "AttachPolicy")
{
    protected override async ValueTask<IReadOnlyList<StoreWrite>> ChangeAsync(PolicyAttachmentChange change, CancellationToken cancellationToken)
    {
        var (organization, policy, target, attached, time) = change;
        if (!await Policies.IsEnabledAsync(organization, policy.Type, cancellationToken))
        {
            throw PolicyErrors.TypeNotEnabled();
        }
        if (attached.Any(p => p.Id == policy.Id))
        {
            throw PolicyErrors.DuplicateAttachment();
        }
        if (attached.Count >= policy.Type.MaxAttachedPerTarget)
        {
            throw PolicyErrors.TooManyAttached();
        }
        var enabled = new StoreWrite.Check(PolicyKeys.EnabledType(organization.Id, organization.RootId, policy.Type), 1);
        if (policy.AwsManaged)
        {
            return [new StoreWrite.Delete(PolicyKeys.DefaultDetached(organization.Id, target.TargetId, policy.Id)), enabled];
        }
        var stored = await Policies.FindStoredAsync(organization.Id, policy.Id, cancellationToken) ?? throw PolicyErrors.PolicyNotFound();
        var attachment = OrgJson.Write(new AttachmentRecord(policy.Id, target.TargetId, policy.Type.Name, time));
        return
        [
            new StoreWrite.Put(PolicyKeys.ByTarget(organization.Id, target.TargetId, policy.Id), attachment, StoreWrite.Absent),
            new StoreWrite.Put(PolicyKeys.ByPolicy(organization.Id, policy.Id, target.TargetId), attachment, StoreWrite.Absent),
            new StoreWrite.Check(PolicyKeys.Policy(organization.Id, policy.Id), stored.Version),
            enabled,
        ];
    }
}
