using System.Text.Json.Serialization;
using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Delegation;

public sealed record ListDelegationRequestsRequest(string? OwnerId, string? Marker, int? MaxItems);

public sealed record ListDelegationRequestsResponse(
    IReadOnlyList<DelegationRequestOutput> DelegationRequests, string? Marker, [property: JsonPropertyName("isTruncated")] bool IsTruncated);

/// <summary>The delegation requests owned in the caller's account (optionally by one owner); requests without an
/// owner are not listed, as in IAM.</summary>
public sealed class ListDelegationRequests(IStore store) : DelegationOperation<ListDelegationRequestsRequest, ListDelegationRequestsResponse>
{
    public override string Name => "ListDelegationRequests";

    protected override OperationDeclaration<ListDelegationRequestsRequest> Declaration { get; } = new()
    {
        Action = "iam:ListDelegationRequests",
        ReadOnly = true,
    };

    protected override async Task<ListDelegationRequestsResponse> HandleAsync(ListDelegationRequestsRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var page = await IamPaging.ListAsync(store, DelegationRecord.ByOwnerCollection, "", call.AccountId + "/", request.Marker, request.MaxItems, cancellationToken);
        var listed = new List<DelegationRequestOutput>();
        foreach (var entry in page.Items)
        {
            if (request.OwnerId is { } owner && IamJson.Read<DelegationOwnerEntry>(entry.Json).OwnerId != owner)
            {
                continue;
            }
            if (await store.GetAsync(DelegationRecord.KeyOf(entry.Key.Key[(call.AccountId.Length + 1)..]), cancellationToken) is { } item)
            {
                listed.Add(IamJson.Read<DelegationRecord>(item.Json).Output(call.Time));
            }
        }
        return new ListDelegationRequestsResponse(listed, page.Marker, page.IsTruncated);
    }
}
