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
        // The single-valued lookup attributes move from event_attributes rows into columns of the event's row.
        new(2, "lookup attributes as columns of the event", """
            ALTER TABLE events ADD COLUMN event_name TEXT;
            ALTER TABLE events ADD COLUMN event_source TEXT;
            ALTER TABLE events ADD COLUMN username TEXT;
            ALTER TABLE events ADD COLUMN access_key_id TEXT;
            ALTER TABLE events ADD COLUMN read_only TEXT;
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
