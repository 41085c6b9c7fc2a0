using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Policies.Operations;

/// <summary>Attaches a policy to a root, OU or account, within the type's limit of policies per target. The
/// attachment binds the very next request of every account below the target.</summary>
public sealed class AttachPolicy(IStore store, OrganizationPolicyCache cache)
    : OrganizationsOperation<PolicyAttachmentRequest, EmptyResponse>
{
    private readonly PolicyStore policies = new(store, cache);
    private readonly PolicyTargets targets = new(store);
    private readonly OrganizationAccess access = new(store);

    public override string Name => "AttachPolicy";

    protected override OperationDeclaration<PolicyAttachmentRequest> Declaration { get; } = new()
    {
        Action = "organizations:AttachPolicy",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(PolicyAttachmentRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await access.RequireManagementAsync(call, cancellationToken)).Record;
        var policy = await policies.RequireAsync(organization, request.PolicyId, cancellationToken);
        var target = await targets.RequireAsync(organization, request.TargetId, cancellationToken);
        await StoreRetry.RunAsync(async token =>
        {
            if (!await policies.IsEnabledAsync(organization, policy.Type, token))
            {
                throw PolicyErrors.TypeNotEnabled();
            }
            var guard = await policies.GuardAsync(organization.Id, target.TargetId, policy.Type, call.Time, token);
            var attached = await policies.AttachedAsync(organization, target.TargetId, policy.Type, token);
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
                var marker = PolicyKeys.DefaultDetached(organization.Id, target.TargetId, policy.Id);
                return await policies.CommitAsync([new StoreWrite.Delete(marker), enabled, guard], token);
            }
            var attachment = OrgJson.Write(new AttachmentRecord(policy.Id, target.TargetId, policy.Type.Name, call.Time));
            return await policies.CommitAsync(
            [
                new StoreWrite.Put(PolicyKeys.ByTarget(organization.Id, target.TargetId, policy.Id), attachment, StoreWrite.Absent),
                new StoreWrite.Put(PolicyKeys.ByPolicy(organization.Id, policy.Id, target.TargetId), attachment, StoreWrite.Absent),
                new StoreWrite.Check(PolicyKeys.Policy(organization.Id, policy.Id), (await policies.FindStoredAsync(organization.Id, policy.Id, token))?.Version
                    ?? throw PolicyErrors.PolicyNotFound()),
                enabled,
                guard,
            ], token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
