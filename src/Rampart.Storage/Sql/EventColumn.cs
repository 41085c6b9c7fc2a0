namespace Rampart.Storage.Sql;

/// <summary>A column of the event's row holding a lookup attribute: all of a single-valued one, the first value of
/// one that repeats. <paramref name="Indexed"/> says whether lookups by it go through an index of its own.</summary>
internal sealed record EventColumn(string Attribute, string Name, bool Indexed);
