using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
using Rampart.Organizations.Tagging;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Policies.Operations;

public sealed record CreatePolicyRequest(string Content, string Description, string Name, string Type, IReadOnlyList<OrgTag>? Tags);

/// <summary>Creates a policy of any type; its name is unique among the organization's policies of that type.</summary>
public sealed class CreatePolicy(IStore store, OrganizationPolicyCache cache) : OrganizationsOperation<CreatePolicyRequest, PolicyResponse>
{
    private readonly PolicyStore policies = new(store, cache);
    private readonly OrganizationAccess access = new(store);

    public override string Name => "CreatePolicy";

    protected override OperationDeclaration<CreatePolicyRequest> Declaration { get; } = new()
    {
        Action = "organizations:CreatePolicy",
        ReadOnly = false,
        ContextKeys = (request, _) => PolicyConditionKeys.Of(request.Type),
        RequestTags = request => OrgTags.ToDictionary(request.Tags),
    };

    protected override async Task<PolicyResponse> HandleAsync(CreatePolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await access.RequireManagementAsync(call, cancellationToken)).Record;
        var type = OrganizationPolicyType.Require(request.Type);
        if (!organization.HasAllFeatures)
        {
            throw PolicyErrors.TypeNotAvailable();
        }
        OrgTags.CheckRequested(request.Tags);
        PolicyContent.Validate(type, request.Content);
        var count = await policies.Store.CountAsync(PolicyCollections.PolicyName, PolicyCollections.NamePartition(organization.Id, type), cancellationToken);
        if (count >= type.MaxPoliciesInOrganization)
        {
            throw PolicyErrors.TooManyPolicies();
        }
        var record = new PolicyRecord(PolicyIds.New(), request.Name, request.Description, type.Name, request.Content, call.Time);
        List<StoreWrite> writes =
        [
            new StoreWrite.Put(PolicyKeys.Policy(organization.Id, record.Id), OrgJson.Write(record), StoreWrite.Absent),
            new StoreWrite.Put(PolicyKeys.Name(organization.Id, type, record.Name), OrgJson.Write(record.Id), StoreWrite.Absent),
            .. OrgTags.Create(organization.Id, record.Id, request.Tags),
        ];
        try
        {
            await policies.CommitAsync(writes, cancellationToken);
        }
        catch (ConcurrencyConflictException conflict) when (conflict.Key.Collection == PolicyCollections.PolicyName)
        {
            throw PolicyErrors.DuplicatePolicy();
        }
        return new PolicyResponse(OrganizationPolicy.Of(organization, record).Describe());
    }
}
