using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Policy;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Tagging;

public sealed record UntagResourceRequest(string ResourceId, IReadOnlyList<string> TagKeys);

/// <summary>Removes tags by key; keys the resource does not have are ignored.</summary>
public sealed class UntagResource(IStore store, OrganizationDirectory directory) : OrganizationsOperation<UntagResourceRequest, EmptyResponse>
{
    public override string Name => "UntagResource";

    protected override OperationDeclaration<UntagResourceRequest> Declaration { get; } = new()
    {
        Action = "organizations:UntagResource",
        ReadOnly = false,
        Resources = (request, call) => new TagTargets(store, directory).Declared(call, request.ResourceId),
        ContextKeys = (request, _) => new Dictionary<string, ContextValue> { ["aws:TagKeys"] = ContextValue.Multiple(request.TagKeys) },
    };

    protected override async Task<EmptyResponse> HandleAsync(UntagResourceRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = (await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken)).Record;
        await new TagTargets(store, directory).RequireArnAsync(organization, request.ResourceId, cancellationToken);
        var removed = request.TagKeys.ToHashSet(StringComparer.Ordinal);
        await StoreRetry.RunAsync(
            async token =>
            {
                var current = await OrgTags.ReadAsync(store, organization.Id, request.ResourceId, token);
                if (current.Version == StoreWrite.Absent)
                {
                    return 0;
                }
                var kept = current.Tags.Where(tag => !removed.Contains(tag.Key)).ToList();
                var key = OrgTags.KeyOf(organization.Id, request.ResourceId);
                await store.CommitAsync(
                [
                    kept.Count == 0
                        ? new StoreWrite.Delete(key, current.Version)
                        : new StoreWrite.Put(key, OrgJson.Write(new TagSetRecord(kept)), current.Version),
                ], token);
                return 0;
            },
            cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
