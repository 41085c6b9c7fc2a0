using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Policies.Operations;

public sealed record UpdatePolicyRequest(string PolicyId, string? Name, string? Description, string? Content);

/// <summary>Changes a policy's name, description or content; new content binds the very next request of every
/// account it is attached to.</summary>
public sealed class UpdatePolicy(IStore store, OrganizationPolicyCache cache, PolicyArns policyArns) : OrganizationsOperation<UpdatePolicyRequest, PolicyResponse>
{
    private readonly PolicyStore policies = new(store, cache);
    private readonly OrganizationAccess access = new(store);

    public override string Name => "UpdatePolicy";

    protected override OperationDeclaration<UpdatePolicyRequest> Declaration { get; } = new()
    {
        Action = "organizations:UpdatePolicy",
        ReadOnly = false,
        Resources = (request, call) => policyArns.Of(call, request.PolicyId),
        ContextKeys = (request, call) => policyArns.TypeKey(call, request.PolicyId),
    };

    protected override async Task<PolicyResponse> HandleAsync(UpdatePolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await access.RequireManagementAsync(call, cancellationToken)).Record;
        if (AwsManagedPolicy.Find(request.PolicyId) is not null)
        {
            throw PolicyErrors.Immutable();
        }
        var updated = await StoreRetry.RunAsync(async token =>
        {
            var current = await policies.FindStoredAsync(organization.Id, request.PolicyId, token) ?? throw PolicyErrors.PolicyNotFound();
            var type = OrganizationPolicyType.Require(current.Record.Type);
            if (request.Content is not null)
            {
                PolicyContent.Validate(type, request.Content);
            }
            var record = current.Record with
            {
                Name = request.Name ?? current.Record.Name,
                Description = request.Description ?? current.Record.Description,
                Content = request.Content ?? current.Record.Content,
                LastUpdated = call.Time,
            };
            var writes = new List<StoreWrite> { new StoreWrite.Put(PolicyKeys.Policy(organization.Id, record.Id), OrgJson.Write(record), current.Version) };
            if (record.Name != current.Record.Name)
            {
                writes.Add(new StoreWrite.Put(PolicyKeys.Name(organization.Id, type, record.Name), OrgJson.Write(record.Id), StoreWrite.Absent));
                writes.Add(new StoreWrite.Delete(PolicyKeys.Name(organization.Id, type, current.Record.Name)));
            }
            try
            {
                await policies.CommitAsync(writes, token);
            }
            catch (ConcurrencyConflictException conflict) when (conflict.Key.Collection == PolicyCollections.PolicyName)
            {
                throw PolicyErrors.DuplicatePolicy();
            }
            return record;
        }, cancellationToken: cancellationToken);
        return new PolicyResponse(OrganizationPolicy.Of(organization, updated).Describe());
    }
}
