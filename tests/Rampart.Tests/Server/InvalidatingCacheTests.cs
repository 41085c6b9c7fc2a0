using Rampart.Caching;
using Rampart.Storage.Changes;
using Rampart.Storage.Items;

namespace Rampart.Tests.Server;

public sealed class InvalidatingCacheTests
{
    private int loads;

    [Fact]
    public async Task Loads_once_until_a_change_to_its_key_or_everything()
    {
        var cache = new InvalidatingCache<string, int>(change =>
            change.Item is { Collection: "keys" } item ? CacheImpact<string>.One(item.Key) : CacheImpact<string>.None);

        Assert.Equal(1, await cache.GetOrLoadAsync("a", LoadAsync, default));
        Assert.Equal(1, await cache.GetOrLoadAsync("a", LoadAsync, default));

        cache.Invalidate(new StoreChange(new ItemKey("other", "", "a")));
        Assert.Equal(1, await cache.GetOrLoadAsync("a", LoadAsync, default));

        cache.Invalidate(new StoreChange(new ItemKey("keys", "", "a")));
        Assert.Equal(2, await cache.GetOrLoadAsync("a", LoadAsync, default));

        cache.Invalidate(StoreChange.Everything);
        Assert.Equal(3, await cache.GetOrLoadAsync("a", LoadAsync, default));
    }

    [Fact]
    public async Task A_value_loaded_while_a_change_arrives_is_not_kept()
    {
        InvalidatingCache<string, int>? cache = null;
        cache = new InvalidatingCache<string, int>(_ => CacheImpact<string>.All);
        var value = await cache.GetOrLoadAsync("a", (key, token) =>
        {
            cache.Invalidate(new StoreChange(new ItemKey("keys", "", key)));
            return LoadAsync(key, token);
        }, default);

        Assert.Equal(1, value);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task Starts_over_instead_of_growing_past_its_capacity()
    {
        var cache = new InvalidatingCache<string, int>(_ => CacheImpact<string>.None, capacity: 3);
        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            await cache.GetOrLoadAsync(key, LoadAsync, default);
        }

        Assert.Equal(1, cache.Count);
    }

    private ValueTask<int> LoadAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult(++loads);
}
