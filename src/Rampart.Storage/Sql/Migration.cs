namespace Rampart.Storage.Sql;

/// <summary>One step of a dialect's schema: applied once, in version order, recorded in schema_migrations.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
