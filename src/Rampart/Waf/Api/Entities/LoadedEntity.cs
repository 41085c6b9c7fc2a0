using Rampart.Storage.Items;

namespace Rampart.Waf.Api.Entities;

/// <summary>An entity as read from the store, with the version a write must expect.</summary>
public sealed record LoadedEntity(ItemKey Key, EntityRecord Record, long Version);
