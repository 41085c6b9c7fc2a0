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
        // The single-valued lookup attributes move from event_attributes rows into columns of the event's row.
        new(2, "lookup attributes as columns of the event", """
            ALTER TABLE events ADD COLUMN event_name text COLLATE "C";
            ALTER TABLE events ADD COLUMN event_source text COLLATE "C";
            ALTER TABLE events ADD COLUMN username text COLLATE "C";
            ALTER TABLE events ADD COLUMN access_key_id text COLLATE "C";
            ALTER TABLE events ADD COLUMN read_only text COLLATE "C";
            UPDATE events SET event_name = a.attr_value FROM event_attributes a
                WHERE a.partition_key = events.partition_key AND a.seq = events.seq AND a.attr_name = 'EventName';
            UPDATE events SET event_source = a.attr_value FROM event_attributes a
                WHERE a.partition_key = events.partition_key AND a.seq = events.seq AND a.attr_name = 'EventSource';
            UPDATE events SET username = a.attr_value FROM event_attributes a
                WHERE a.partition_key = events.partition_key AND a.seq = events.seq AND a.attr_name = 'Username';
            UPDATE events SET access_key_id = a.attr_value FROM event_attributes a
                WHERE a.partition_key = events.partition_key AND a.seq = events.seq AND a.attr_name = 'AccessKeyId';
            UPDATE events SET read_only = a.attr_value FROM event_attributes a
                WHERE a.partition_key = events.partition_key AND a.seq = events.seq AND a.attr_name = 'ReadOnly';
            DELETE FROM event_attributes
                WHERE attr_name IN ('EventName', 'EventSource', 'Username', 'AccessKeyId', 'ReadOnly');
            CREATE INDEX events_by_event_name ON events (partition_key, event_name, event_time, seq) WHERE event_name IS NOT NULL;
            CREATE INDEX events_by_event_source ON events (partition_key, event_source, event_time, seq) WHERE event_source IS NOT NULL;
            CREATE INDEX events_by_username ON events (partition_key, username, event_time, seq) WHERE username IS NOT NULL;
            CREATE INDEX events_by_access_key_id ON events (partition_key, access_key_id, event_time, seq) WHERE access_key_id IS NOT NULL;
            """),
    ];
}
