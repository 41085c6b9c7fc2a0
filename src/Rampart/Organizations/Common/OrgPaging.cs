using System.Text;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Common;

/// <summary>Paging with Organizations' NextToken (opaque: the store key to continue after) and MaxResults.</summary>
public static class OrgPaging
{
    /// <summary>The page size when the caller gives none; MaxResults cannot exceed it either.</summary>
    public const int DefaultMaxResults = 20;

    public static string? Token(string? startAfter) =>
        startAfter is null ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes(startAfter));

    public static string? StartAfter(string? nextToken)
    {
        if (nextToken is null)
        {
            return null;
        }
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(nextToken));
        }
        catch (FormatException)
        {
            throw OrgErrors.InvalidNextToken();
        }
    }

    /// <summary>One page of a (collection, partition) under an optional key prefix; the token must continue that prefix.</summary>
    public static async ValueTask<ItemPage> ListAsync(
        IStore store, string collection, string partition, string? prefix, string? nextToken, int? maxResults, CancellationToken cancellationToken)
    {
        var startAfter = StartAfter(nextToken);
        if (startAfter is not null && prefix is not null && !startAfter.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw OrgErrors.InvalidNextToken();
        }
        return await store.ListAsync(new ListQuery(collection, partition, prefix, startAfter, maxResults ?? DefaultMaxResults), cancellationToken);
    }

    /// <summary>Every item of a (collection, partition) under a prefix, page by page.</summary>
    public static async IAsyncEnumerable<StoredItem> AllAsync(
        IStore store, string collection, string partition, string? prefix,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? startAfter = null;
        do
        {
            var page = await store.ListAsync(new ListQuery(collection, partition, prefix, startAfter, ListQuery.MaxLimit), cancellationToken);
            foreach (var item in page.Items)
            {
                yield return item;
            }
            startAfter = page.NextStartAfter;
        }
        while (startAfter is not null);
    }
}
