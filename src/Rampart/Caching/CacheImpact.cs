namespace Rampart.Caching;

/// <summary>What a store change means for one cache: nothing, one entry, or everything it holds.</summary>
public readonly record struct CacheImpact<TKey>(bool Everything, bool HasKey, TKey? Key)
{
    public static CacheImpact<TKey> None => default;

    public static CacheImpact<TKey> All => new(true, false, default);

    public static CacheImpact<TKey> One(TKey key) => new(false, true, key);
}
