using Rampart.Storage.Sql;

namespace Rampart.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema, one migration per version. Every text column used in an index collates as "C" so keys
/// order by code point, exactly as in SQLite, whatever the database's default collation.
/// </summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "items, item counts and the event log", """
            CREATE TABLE items (
                collection_name text COLLATE "C" NOT NULL,
                partition_key text COLLATE "C" NOT NULL,
                item_key text COLLATE "C" NOT NULL,
                version bigint NOT NULL,
                document text NOT NULL,
                PRIMARY KEY (collection_name, partition_key, item_key));
            CREATE TABLE item_counts (
                collection_name text COLLATE "C" NOT NULL,
                partition_key text COLLATE "C" NOT NULL,
                item_count bigint NOT NULL,
                PRIMARY KEY (collection_name, partition_key));
            CREATE TABLE events (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                partition_key text COLLATE "C" NOT NULL,
                event_id text COLLATE "C" NOT NULL,
                event_time bigint NOT NULL,
                document text NOT NULL,
                UNIQUE (partition_key, event_id));
            CREATE INDEX events_by_time ON events (partition_key, event_time, seq);
            CREATE TABLE event_attributes (
                partition_key text COLLATE "C" NOT NULL,
                attr_name text COLLATE "C" NOT NULL,
                attr_value text COLLATE "C" NOT NULL,
                event_time bigint NOT NULL,
                seq bigint NOT NULL,
                PRIMARY KEY (partition_key, attr_name, attr_value, event_time, seq));
            """),
        .. EventColumnsMigration.For("text COLLATE \"C\""),
    ];
}
