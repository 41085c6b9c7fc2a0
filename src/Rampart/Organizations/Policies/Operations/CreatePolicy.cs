using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Enforcement;
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

    private const int MaxTags = 50;

    public override string Name => "CreatePolicy";

    protected override OperationDeclaration<CreatePolicyRequest> Declaration { get; } = new()
    {
        Action = "organizations:CreatePolicy",
        ReadOnly = false,
        ContextKeys = (request, _) => PolicyConditionKeys.Of(request.Type),
        RequestTags = request => (request.Tags ?? []).GroupBy(t => t.Key).ToDictionary(g => g.Key, g => g.Last().Value),
    };

    protected override async Task<PolicyResponse> HandleAsync(CreatePolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await access.RequireManagementAsync(call, cancellationToken)).Record;
        var type = OrganizationPolicyType.Require(request.Type);
        if (!organization.HasAllFeatures)
        {
            throw PolicyErrors.TypeNotAvailable();
        }
        var tags = request.Tags ?? [];
        if (tags.Select(t => t.Key).Distinct(StringComparer.Ordinal).Count() != tags.Count)
        {
            throw OrgErrors.InvalidInput("DUPLICATE_TAG_KEY", "Duplicate tag keys are not allowed.");
        }
        if (tags.Count > MaxTags)
        {
            throw OrgErrors.Constraint("MAX_TAG_LIMIT_EXCEEDED", "You have exceeded the maximum number of tags allowed on this resource.");
        }
        PolicyContent.Validate(type, request.Content);
        var count = await policies.Store.CountAsync(PolicyCollections.PolicyName, PolicyCollections.NamePartition(organization.Id, type), cancellationToken);
        if (count >= type.MaxPoliciesInOrganization)
        {
            throw PolicyErrors.TooManyPolicies();
        }
        var record = new PolicyRecord(PolicyIds.New(), request.Name, request.Description, type.Name, request.Content, call.Time);
        var writes = new List<StoreWrite>
        {
            new StoreWrite.Put(PolicyKeys.Policy(organization.Id, record.Id), OrgJson.Write(record), StoreWrite.Absent),
            new StoreWrite.Put(PolicyKeys.Name(organization.Id, type, record.Name), OrgJson.Write(record.Id), StoreWrite.Absent),
        };
        if (tags.Count > 0)
        {
            writes.Add(new StoreWrite.Put(new ItemKey(OrgCollections.Tags, organization.Id, record.Id), OrgJson.Write(tags)));
        }
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
