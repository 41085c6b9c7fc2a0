using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Tagging;

public sealed record ListTagsForResourceRequest(string ResourceId, string? NextToken);

public sealed record ListTagsForResourceResponse(IReadOnlyList<OrgTag> Tags, string? NextToken);

/// <summary>Lists a resource's tags; a resource holds at most 50, so they come in one page.</summary>
public sealed class ListTagsForResource(IStore store, OrganizationDirectory directory) : OrganizationsOperation<ListTagsForResourceRequest, ListTagsForResourceResponse>
{
    public override string Name => "ListTagsForResource";

    protected override OperationDeclaration<ListTagsForResourceRequest> Declaration { get; } = new()
    {
        Action = "organizations:ListTagsForResource",
        ReadOnly = true,
        Resources = (request, call) => new TagTargets(store, directory).Declared(call, request.ResourceId),
    };

    protected override async Task<ListTagsForResourceResponse> HandleAsync(ListTagsForResourceRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementOrDelegatedAsync(call, cancellationToken)).Record;
        if (request.NextToken is not null)
        {
            throw OrgErrors.InvalidNextToken();
        }
        await new TagTargets(store, directory).RequireArnAsync(organization, request.ResourceId, cancellationToken);
        var tags = await OrgTags.ReadAsync(store, organization.Id, request.ResourceId, cancellationToken);
        return new ListTagsForResourceResponse(tags.Tags, null);
    }
}
