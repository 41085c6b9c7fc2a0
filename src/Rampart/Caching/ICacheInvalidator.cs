using Rampart.Storage.Changes;

namespace Rampart.Caching;

/// <summary>Something that holds copies of store items and must forget them when they change.</summary>
public interface ICacheInvalidator
{
    void Invalidate(StoreChange change);
}
