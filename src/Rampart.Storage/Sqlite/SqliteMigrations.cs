using Rampart.Storage.Sql;

namespace Rampart.Storage.Sqlite;

/// <summary>The SQLite schema, one migration per version. Text compares by UTF-8 bytes (BINARY), i.e. by code point.</summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "items, item counts and the event log", """
            CREATE TABLE items (
                collection_name TEXT NOT NULL,
                partition_key TEXT NOT NULL,
                item_key TEXT NOT NULL,
                version INTEGER NOT NULL,
                document TEXT NOT NULL,
                UNIQUE (collection_name, partition_key, item_key));
            CREATE TABLE item_counts (
                collection_name TEXT NOT NULL,
                partition_key TEXT NOT NULL,
                item_count INTEGER NOT NULL,
                PRIMARY KEY (collection_name, partition_key)) WITHOUT ROWID;
            CREATE TABLE events (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                partition_key TEXT NOT NULL,
                event_id TEXT NOT NULL,
                event_time INTEGER NOT NULL,
                document TEXT NOT NULL,
                UNIQUE (partition_key, event_id));
            CREATE INDEX events_by_time ON events (partition_key, event_time, seq);
            CREATE TABLE event_attributes (
                partition_key TEXT NOT NULL,
                attr_name TEXT NOT NULL,
                attr_value TEXT NOT NULL,
                event_time INTEGER NOT NULL,
                seq INTEGER NOT NULL,
                PRIMARY KEY (partition_key, attr_name, attr_value, event_time, seq)) WITHOUT ROWID;
            """),
        .. EventColumnsMigration.For("TEXT"),
    ];
}
