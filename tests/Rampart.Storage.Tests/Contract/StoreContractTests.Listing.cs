using Rampart.Storage.Items;

namespace Rampart.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    // U+FB00 sorts before U+1F600 by code point but after it in .NET's UTF-16 ordinal order.
    private static readonly string[] MixedKeys =
        ["b", "a", "B", "a/b", "a/c", "ab", "a\u0001", "é", "z", "\U0001F600", "\uFB00", "a/", "aa", "a\uFB00", "a\U0001F600", "Z9"];

    [Fact]
    public async Task Listing_returns_keys_in_code_point_order()
    {
        var store = await OpenStoreAsync();
        await PutAllAsync(store, MixedKeys);

        var page = await store.ListAsync(new ListQuery("test.item", "111122223333", Limit: 100));

        Assert.Equal(MixedKeys.Order(CodePointOrder.Instance), page.Items.Select(item => item.Key.Key));
        Assert.False(page.IsTruncated);
        Assert.Null(page.NextStartAfter);
    }

    [Fact]
    public async Task Pages_joined_by_their_markers_give_the_whole_listing_once()
    {
        var store = await OpenStoreAsync();
        await PutAllAsync(store, MixedKeys);
        await store.PutAsync(Key("elsewhere", partition: "999999999999"), "{}");

        var seen = new List<string>();
        string? marker = null;
        var pages = 0;
        do
        {
            var page = await store.ListAsync(new ListQuery("test.item", "111122223333", StartAfter: marker, Limit: 3));
            Assert.True(page.Items.Count <= 3);
            seen.AddRange(page.Items.Select(item => item.Key.Key));
            marker = page.NextStartAfter;
            pages++;
        }
        while (marker is not null);

        Assert.Equal(MixedKeys.Order(CodePointOrder.Instance), seen);
        Assert.Equal((MixedKeys.Length + 2) / 3, pages);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("a/")]
    [InlineData("a\uFB00")]
    [InlineData("\U0001F600")]
    [InlineData("Z")]
    [InlineData("q")]
    public async Task A_prefix_lists_exactly_the_keys_that_start_with_it(string prefix)
    {
        var store = await OpenStoreAsync();
        await PutAllAsync(store, MixedKeys);

        var page = await store.ListAsync(new ListQuery("test.item", "111122223333", Prefix: prefix));

        var expected = MixedKeys.Where(key => key.StartsWith(prefix, StringComparison.Ordinal)).Order(CodePointOrder.Instance);
        Assert.Equal(expected, page.Items.Select(item => item.Key.Key));
    }

    [Fact]
    public async Task A_prefix_combines_with_a_marker_and_a_limit()
    {
        var store = await OpenStoreAsync();
        await PutAllAsync(store, MixedKeys);

        var page = await store.ListAsync(new ListQuery("test.item", "111122223333", Prefix: "a", StartAfter: "a/b", Limit: 2));

        Assert.Equal(["a/c", "aa"], page.Items.Select(item => item.Key.Key));
        Assert.Equal("aa", page.NextStartAfter);
    }

    [Fact]
    public async Task Listing_returns_documents_and_versions()
    {
        var store = await OpenStoreAsync();
        await store.PutAsync(Key("x"), "one");
        await store.PutAsync(Key("x"), "two");

        var page = await store.ListAsync(new ListQuery("test.item", "111122223333"));

        Assert.Equal([new StoredItem(Key("x"), "two", 2)], page.Items);
    }

    [Fact]
    public async Task A_limit_outside_the_allowed_range_is_refused()
    {
        var store = await OpenStoreAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await store.ListAsync(new ListQuery("test.item", "p", Limit: 0)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await store.ListAsync(new ListQuery("test.item", "p", Limit: ListQuery.MaxLimit + 1)));
    }

    private static async Task PutAllAsync(IStore store, IEnumerable<string> keys)
        => await store.CommitAsync([.. keys.Select(key => new StoreWrite.Put(Key(key), $$"""{"key":{{System.Text.Json.JsonSerializer.Serialize(key)}}}"""))]);
}
