using System.Buffers.Text;
using System.Text;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Common;

/// <summary>IAM's Marker/MaxItems/IsTruncated paging over the store's ordered listing: a page costs one range scan
/// however many items the partition holds. The Marker is the last key returned, base64url-encoded so that clients
/// treat it as opaque.</summary>
public static class IamPaging
{
    public const int DefaultMaxItems = 100;

    public static async ValueTask<IamPage<StoredItem>> ListAsync(
        IStore store, string collection, string partition, string? prefix, string? marker, int? maxItems, CancellationToken cancellationToken)
    {
        var page = await store.ListAsync(
            new ListQuery(collection, partition, string.IsNullOrEmpty(prefix) ? null : prefix, DecodeMarker(marker), maxItems ?? DefaultMaxItems),
            cancellationToken);
        return new IamPage<StoredItem>(page.Items, page.IsTruncated, page.NextStartAfter is { } next ? EncodeMarker(next) : null);
    }

    /// <summary>Pages through everything under a prefix (for the bounded lists of one entity, such as a user's groups).</summary>
    public static async IAsyncEnumerable<StoredItem> AllAsync(
        IStore store, string collection, string partition, string prefix,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? after = null;
        do
        {
            var page = await store.ListAsync(new ListQuery(collection, partition, prefix, after, 1000), cancellationToken);
            foreach (var item in page.Items)
            {
                yield return item;
            }
            after = page.NextStartAfter;
        }
        while (after is not null);
    }

    public static IamPage<TOut> Map<TIn, TOut>(this IamPage<TIn> page, IReadOnlyList<TOut> items) => new(items, page.IsTruncated, page.Marker);

    private static string EncodeMarker(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(key));

    private static string? DecodeMarker(string? marker)
    {
        if (string.IsNullOrEmpty(marker))
        {
            return null;
        }
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(marker));
        }
        catch (FormatException)
        {
            throw IamErrors.Validation("Invalid Marker.");
        }
    }
}
