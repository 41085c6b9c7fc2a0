using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tagging;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.ResourcePolicies;

public sealed class DeleteResourcePolicy(IStore store) : OrganizationsOperation<NoParametersRequest, EmptyResponse>
{
    public override string Name => "DeleteResourcePolicy";

    protected override OperationDeclaration<NoParametersRequest> Declaration { get; } = new()
    {
        Action = "organizations:DeleteResourcePolicy",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(NoParametersRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken)).Record;
        var current = await ResourcePolicyStore.FindAsync(store, organization.Id, cancellationToken) ?? throw OrgErrors.ResourcePolicyNotFound();
        try
        {
            await store.CommitAsync(
            [
                new StoreWrite.Delete(ResourcePolicyStore.KeyOf(organization.Id), current.Version),
                new StoreWrite.Delete(OrgTags.KeyOf(organization.Id, current.Record.Id)),
            ], cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            throw OrgErrors.ResourcePolicyNotFound();
        }
        return EmptyResponse.Instance;
    }
}
