using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Transfers;

/// <summary>One page of the transfers listed for an account in one direction, of one type.</summary>
public static class TransferListing
{
    public static async ValueTask<TransferListResponse> PageAsync(
        IStore store, string collection, OrganizationRecord viewer, string type, string? id, string? nextToken, int? maxResults,
        CancellationToken cancellationToken)
    {
        var page = await OrgPaging.ListAsync(store, collection, viewer.ManagementAccountId, null, nextToken, maxResults, cancellationToken);
        var transfers = new List<TransferOutput>();
        foreach (var item in page.Items)
        {
            if (await new TransferStore(store).FindAsync(item.Key.Key, cancellationToken) is { Record: var transfer }
                && transfer.Type == type && (id is null || transfer.Id == id))
            {
                transfers.Add(TransferOutput.Of(transfer, viewer));
            }
        }
        return new TransferListResponse(transfers, OrgPaging.Token(page.NextStartAfter));
    }
}
