using Rampart.Storage.Postgres;
using Rampart.Storage.Sqlite;

namespace Rampart.Storage;

/// <summary>Opens the store that <c>--store</c> names, running schema migrations before returning it.</summary>
public static class StoreFactory
{
    /// <summary>The SQLite file used when no store is named.</summary>
    public const string DefaultDatabaseFileName = "rampart.db";

    private const string SqlitePrefix = "sqlite:";

    /// <summary>
    /// Opens a store. <paramref name="storeUri"/> may be null or empty (SQLite at
    /// <c><paramref name="dataDirectory"/>/rampart.db</c>), <c>sqlite:PATH</c> (SQLite at PATH),
    /// <c>postgres://user:password@host:port/database</c> or <c>postgresql://...</c>, or an Npgsql connection
    /// string such as <c>Host=db;Username=rampart;Password=...;Database=rampart</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The store URI is not one of these forms.</exception>
    /// <exception cref="StoreSchemaException">The database was written by a newer Rampart.</exception>
    public static async Task<IStore> OpenAsync(string? storeUri, string dataDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        if (string.IsNullOrWhiteSpace(storeUri))
        {
            return await SqliteStore.OpenAsync(Path.Combine(dataDirectory, DefaultDatabaseFileName), cancellationToken).ConfigureAwait(false);
        }

        if (storeUri.StartsWith(SqlitePrefix, StringComparison.OrdinalIgnoreCase))
        {
            var path = storeUri[SqlitePrefix.Length..];
            if (path.Length == 0)
            {
                throw new ArgumentException("A sqlite: store needs a file path, e.g. sqlite:/var/lib/rampart/rampart.db.", nameof(storeUri));
            }

            return await SqliteStore.OpenAsync(path, cancellationToken).ConfigureAwait(false);
        }

        if (PostgresConnectionString.IsUri(storeUri) || storeUri.Contains('=', StringComparison.Ordinal))
        {
            return await PostgresStore.OpenAsync(PostgresConnectionString.Normalize(storeUri), cancellationToken).ConfigureAwait(false);
        }

        throw new ArgumentException(
            "The store must be a PostgreSQL URI (postgres://user:password@host:port/database), an Npgsql connection string (Host=...;Database=...) or sqlite:PATH.",
            nameof(storeUri));
    }
}
