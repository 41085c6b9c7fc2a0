using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Policies.Operations;

/// <summary>Detaches a policy from a root, OU or account. A target keeps at least one SCP (detaching the last one is
/// a ConstraintViolationException), and RCPFullAWSAccess cannot be detached at all.</summary>
public sealed class DetachPolicy(PolicyStore policies, PolicyTargets targets, OrganizationAccess access)
    : OrganizationsOperation<PolicyAttachmentRequest, EmptyResponse>
{
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
            // The policies that stay must still be there when this commits, or two detaches could leave none.
            foreach (var attachment in await policies.ExplicitAsync(organization.Id, target.TargetId, token))
            {
                if (attachment.Record.PolicyId != policy.Id && attachment.Record.Type == policy.Type.Name)
                {
                    writes.Add(new StoreWrite.Check(PolicyKeys.ByTarget(organization.Id, target.TargetId, attachment.Record.PolicyId), attachment.Version));
                }
            }
            if (!policy.AwsManaged && AwsManagedPolicy.DefaultOf(policy.Type) is { } managed && attached.Any(p => p.Id == managed.Id))
            {
                writes.Add(new StoreWrite.Check(PolicyKeys.DefaultDetached(organization.Id, target.TargetId, managed.Id), StoreWrite.Absent));
            }
            return await policies.CommitAsync(writes, token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
