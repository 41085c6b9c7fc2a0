using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.InstanceProfiles;

public sealed record ListInstanceProfilesRequest(string? PathPrefix, string? Marker, int? MaxItems);

public sealed record ListInstanceProfilesResponse(IReadOnlyList<InstanceProfileOutput> InstanceProfiles, bool IsTruncated, string? Marker);

public sealed class ListInstanceProfiles(IStore store) : InstanceProfileOperation<ListInstanceProfilesRequest, ListInstanceProfilesResponse>
{
    public override string Name => "ListInstanceProfiles";

    protected override OperationDeclaration<ListInstanceProfilesRequest> Declaration { get; } = new()
    {
        Action = "iam:ListInstanceProfiles",
        ReadOnly = true,
        Resources = (_, call) => ProfileArn(call, "*"),
    };

    protected override async Task<ListInstanceProfilesResponse> HandleAsync(ListInstanceProfilesRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var profiles = new InstanceProfileDirectory(store);
        var page = await profiles.ListAsync(call.AccountId, request.PathPrefix, request.Marker, request.MaxItems, cancellationToken);
        var outputs = new List<InstanceProfileOutput>();
        foreach (var profile in page.Items)
        {
            outputs.Add(await profiles.OutputAsync(profile, cancellationToken));
        }
        return new ListInstanceProfilesResponse(outputs, page.IsTruncated, page.Marker);
    }
}
