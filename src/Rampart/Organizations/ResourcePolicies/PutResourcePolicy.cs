using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tagging;
using Rampart.Organizations.Tree;
using Rampart.Policy;
using Rampart.Policy.Parsing;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.ResourcePolicies;

public sealed record PutResourcePolicyRequest(string Content, IReadOnlyList<OrgTag>? Tags);

/// <summary>Creates or replaces the organization's resource policy, a policy in the IAM language that must parse
/// as a resource-based policy. Tags are taken only when the policy is created, as AWS documents.</summary>
public sealed class PutResourcePolicy(IStore store) : OrganizationsOperation<PutResourcePolicyRequest, ResourcePolicyResponse>
{
    public override string Name => "PutResourcePolicy";

    protected override OperationDeclaration<PutResourcePolicyRequest> Declaration { get; } = new()
    {
        Action = "organizations:PutResourcePolicy",
        ReadOnly = false,
        RequestTags = request => OrgTags.ToDictionary(request.Tags),
    };

    protected override async Task<ResourcePolicyResponse> HandleAsync(PutResourcePolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken)).Record;
        OrgTags.CheckRequested(request.Tags);
        if (!PolicyParser.TryParse(request.Content, PolicyKind.Resource, "ResourcePolicy", out _, out var error))
        {
            throw OrgErrors.InvalidInput("INVALID_RESOURCE_POLICY_JSON", $"The provided policy document is not valid: {error}");
        }
        var stored = await StoreRetry.RunAsync(
            async token =>
            {
                var current = await ResourcePolicyStore.FindAsync(store, organization.Id, token);
                var policy = new ResourcePolicyRecord(current?.Record.Id ?? OrgIds.NewResourcePolicyId(), request.Content);
                await store.CommitAsync(
                [
                    new StoreWrite.Put(ResourcePolicyStore.KeyOf(organization.Id), OrgJson.Write(policy), current?.Version ?? StoreWrite.Absent),
                    .. current is null ? OrgTags.Create(organization.Id, policy.Id, request.Tags) : [],
                ], token);
                return policy;
            },
            cancellationToken: cancellationToken);
        return new ResourcePolicyResponse(ResourcePolicyOutput.Of(organization, stored));
    }
}
