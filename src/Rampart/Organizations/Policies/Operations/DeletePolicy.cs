using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Tagging;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Policies.Operations;

public sealed record DeletePolicyRequest(string PolicyId);

/// <summary>Deletes a policy that is attached to no root, OU or account.</summary>
public sealed class DeletePolicy(IStore store, OrganizationPolicyCache cache, PolicyArns policyArns)
    : OrganizationsOperation<DeletePolicyRequest, EmptyResponse>
{
    private readonly PolicyStore policies = new(store, cache);
    private readonly PolicyTargets targets = new(store);
    private readonly OrganizationAccess access = new(store);

    public override string Name => "DeletePolicy";

    protected override OperationDeclaration<DeletePolicyRequest> Declaration { get; } = new()
    {
        Action = "organizations:DeletePolicy",
        ReadOnly = false,
        Resources = (request, call) => policyArns.Of(call, request.PolicyId),
        ContextKeys = (request, call) => policyArns.TypeKey(call, request.PolicyId),
    };

    protected override async Task<EmptyResponse> HandleAsync(DeletePolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await access.RequireManagementAsync(call, cancellationToken)).Record;
        if (AwsManagedPolicy.Find(request.PolicyId) is not null)
        {
            throw PolicyErrors.Immutable();
        }
        await StoreRetry.RunAsync(async token =>
        {
            var current = await policies.FindStoredAsync(organization.Id, request.PolicyId, token) ?? throw PolicyErrors.PolicyNotFound();
            var writes = new List<StoreWrite>
            {
                new StoreWrite.Delete(PolicyKeys.Policy(organization.Id, current.Record.Id), current.Version),
                new StoreWrite.Delete(PolicyKeys.Name(organization.Id, OrganizationPolicyType.Require(current.Record.Type), current.Record.Name)),
                new StoreWrite.Delete(OrgTags.KeyOf(organization.Id, current.Record.Id)),
            };
            // Attachments to targets that no longer exist (a deleted OU) do not keep the policy in use.
            await foreach (var item in OrgPaging.AllAsync(policies.Store, PolicyCollections.PolicyTarget, organization.Id, current.Record.Id + "/", token))
            {
                var attachment = OrgJson.Read<AttachmentRecord>(item.Json);
                if (await targets.FindAsync(organization, attachment.TargetId, token) is not null)
                {
                    throw PolicyErrors.InUse();
                }
                writes.Add(new StoreWrite.Delete(item.Key));
                writes.Add(new StoreWrite.Delete(PolicyKeys.ByTarget(organization.Id, attachment.TargetId, attachment.PolicyId)));
            }
            return await policies.CommitAsync(writes, token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
