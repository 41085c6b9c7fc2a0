using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Tagging;

public sealed record TagResourceRequest(string ResourceId, IReadOnlyList<OrgTag> Tags);

/// <summary>Adds or replaces tags on a root, OU, account, policy or the resource policy.</summary>
public sealed class TagResource(IStore store, OrganizationDirectory directory) : OrganizationsOperation<TagResourceRequest, EmptyResponse>
{
    public override string Name => "TagResource";

    protected override OperationDeclaration<TagResourceRequest> Declaration { get; } = new()
    {
        Action = "organizations:TagResource",
        ReadOnly = false,
        Resources = (request, call) => new TagTargets(store, directory).Declared(call, request.ResourceId),
        RequestTags = request => OrgTags.ToDictionary(request.Tags),
    };

    protected override async Task<EmptyResponse> HandleAsync(TagResourceRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken)).Record;
        OrgTags.CheckRequested(request.Tags);
        await new TagTargets(store, directory).RequireArnAsync(organization, request.ResourceId, cancellationToken);
        await StoreRetry.RunAsync(
            async token =>
            {
                var current = await OrgTags.ReadAsync(store, organization.Id, request.ResourceId, token);
                var added = request.Tags.Select(tag => tag.Key).ToHashSet(StringComparer.Ordinal);
                List<OrgTag> merged = [.. current.Tags.Where(tag => !added.Contains(tag.Key)), .. request.Tags];
                OrgTags.CheckCount(merged.Count);
                await store.PutAsync(
                    OrgTags.KeyOf(organization.Id, request.ResourceId), OrgJson.Write(new TagSetRecord(merged)), current.Version, token);
                return 0;
            },
            cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
