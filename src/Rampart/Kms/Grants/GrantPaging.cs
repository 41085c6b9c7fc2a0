using Rampart.Kms.Common;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Kms.Grants;

/// <summary>Pages through grants in store order with a filter, reading only as much of the store as one page needs.</summary>
public static class GrantPaging
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 100;

    public static async Task<TResponse> PageAsync<TResponse>(
        IStore store, ListQuery query, int? limit, string? marker, Func<GrantRecord, bool> wanted,
        Func<IReadOnlyList<GrantRecord>, string?, bool, TResponse> respond, CancellationToken cancellationToken)
    {
        var size = limit ?? DefaultLimit;
        if (size is < 1 or > MaxLimit)
        {
            throw KmsErrors.Validation($"1 validation error detected: Value '{size}' at 'limit' failed to satisfy constraint: Member must have value between 1 and {MaxLimit}");
        }
        var after = KmsMarker.Read(marker);
        var page = new List<GrantRecord>();
        while (page.Count < size)
        {
            var items = await store.ListAsync(query with { StartAfter = after, Limit = size - page.Count }, cancellationToken);
            foreach (var item in items.Items)
            {
                after = item.Key.Key;
                var grant = KmsJson.Read<GrantRecord>(item.Json);
                if (wanted(grant))
                {
                    page.Add(grant);
                }
            }
            if (!items.IsTruncated)
            {
                return respond(page, null, false);
            }
        }
        return respond(page, KmsMarker.Write(after), true);
    }
}
