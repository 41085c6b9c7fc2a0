using System.Data.Common;
using Rampart.Storage.Changes;
using Rampart.Storage.Events;
using Rampart.Storage.Items;

namespace Rampart.Storage.Sql;

/// <summary>
/// The store logic both SQL dialects share. Subclasses decide how connections are opened, how write
/// transactions are serialized or retried, and how committed changes reach other processes.
/// </summary>
internal abstract class RelationalStore : IStore
{
    private const string SelectVersionSql =
        "SELECT version FROM items WHERE collection_name = @c AND partition_key = @p AND item_key = @k";

    /// <summary>The event insert's parameter for each column of <see cref="EventColumns.All"/>.</summary>
    protected static IReadOnlyList<string> ColumnParameters { get; } = [.. EventColumns.All.Select((_, index) => $"@c{index}")];

    private readonly ChangeBroadcaster broadcaster = new();
    private string? insertEventSql;

    public abstract string Kind { get; }

    /// <summary>Appended to the version check of <see cref="StoreWrite.Check"/> to hold the row until commit.</summary>
    protected virtual string CheckLockClause => string.Empty;

    /// <summary>The dialect's table-valued expression with one row per element of the JSON array in parameter @rows,
    /// the element in a column named "value".</summary>
    protected abstract string JsonArrayElementsOfRows { get; }

    /// <summary>Inserts one event's row: parameters @p, @id, @t, @doc (UTF-8) and <see cref="ColumnParameters"/>.</summary>
    protected string InsertEventSql => insertEventSql ??=
        $"INSERT INTO events (partition_key, event_id, event_time, document, {string.Join(", ", EventColumns.All.Select(column => column.Name))}) " +
        $"VALUES (@p, @id, @t, {TextOfUtf8("@doc")}, {string.Join(", ", ColumnParameters)}) ON CONFLICT (partition_key, event_id) DO NOTHING";

    protected ChangeBroadcaster Broadcaster => broadcaster;

    /// <summary>The dialect's expression for the text whose UTF-8 bytes are bound to <paramref name="parameter"/>.</summary>
    protected abstract string TextOfUtf8(string parameter);

    public async ValueTask<StoredItem?> GetAsync(ItemKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var session = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        var command = session.Command(
            "SELECT version, document FROM items WHERE collection_name = @c AND partition_key = @p AND item_key = @k",
            ("@c", key.Collection),
            ("@p", key.Partition),
            ("@k", key.Key));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new StoredItem(key, reader.GetString(1), reader.GetInt64(0));
    }

    public async ValueTask<long> PutAsync(ItemKey key, string json, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var versions = await CommitAsync([new StoreWrite.Put(key, json, expectedVersion)], cancellationToken).ConfigureAwait(false);
        return versions[0];
    }

    public async ValueTask<bool> DeleteAsync(ItemKey key, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var versions = await CommitAsync([new StoreWrite.Delete(key, expectedVersion)], cancellationToken).ConfigureAwait(false);
        return versions[0] != StoreWrite.Absent;
    }

    public async ValueTask<IReadOnlyList<long>> CommitAsync(IReadOnlyList<StoreWrite> writes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        foreach (var write in writes)
        {
            Validate(write);
        }

        if (writes.Count == 0)
        {
            return [];
        }

        var statements = writes.Select(Plan).ToArray();
        var (versions, changes) = await WriteAsync(
            async (connection, transaction, token) =>
            {
                var returned = await SqlStatementRunner.RunAsync(connection, transaction, statements, token).ConfigureAwait(false);
                var results = new long[writes.Count];
                var changed = new List<StoreChange>(writes.Count);
                var countDeltas = new SortedDictionary<(string Collection, string Partition), long>(PartitionOrder.Instance);
                for (var index = 0; index < writes.Count; index++)
                {
                    var write = writes[index];
                    if (Interpret(write, returned[index]) is not { } outcome)
                    {
                        throw await ConflictAsync(connection, transaction, write, token).ConfigureAwait(false);
                    }

                    results[index] = outcome.Version;
                    if (outcome.CountDelta != 0)
                    {
                        var partition = (write.Key.Collection, write.Key.Partition);
                        countDeltas[partition] = countDeltas.GetValueOrDefault(partition) + outcome.CountDelta;
                    }

                    if (outcome.Changed)
                    {
                        changed.Add(new StoreChange(write.Key));
                    }
                }

                // Counters are touched last and in one global order, so concurrent transactions cannot deadlock on them.
                var counterUpdates = countDeltas
                    .Where(entry => entry.Value != 0)
                    .Select(entry => new SqlStatement(
                        "INSERT INTO item_counts (collection_name, partition_key, item_count) VALUES (@c, @p, @d) " +
                        "ON CONFLICT (collection_name, partition_key) DO UPDATE SET item_count = item_counts.item_count + excluded.item_count",
                        ("@c", entry.Key.Collection),
                        ("@p", entry.Key.Partition),
                        ("@d", entry.Value)))
                    .ToArray();
                await SqlStatementRunner.RunAsync(connection, transaction, counterUpdates, token).ConfigureAwait(false);
                await AnnounceAsync(connection, transaction, changed, token).ConfigureAwait(false);
                return ((IReadOnlyList<long>)results, changed);
            },
            cancellationToken).ConfigureAwait(false);

        broadcaster.Publish(changes);
        return versions;
    }

    public async ValueTask<ItemPage> ListAsync(ListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        StoreNames.Check(query.Collection, nameof(query.Collection), ItemKey.MaxCollectionBytes, allowEmpty: false);
        StoreNames.Check(query.Partition, nameof(query.Partition), ItemKey.MaxPartitionBytes, allowEmpty: true);
        if (query.Limit is < 1 or > ListQuery.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(query), $"Limit must be between 1 and {ListQuery.MaxLimit}.");
        }

        var sql = "SELECT item_key, version, document FROM items WHERE collection_name = @c AND partition_key = @p";
        var parameters = new List<(string, object)> { ("@c", query.Collection), ("@p", query.Partition), ("@limit", query.Limit + 1) };
        if (query.StartAfter is { } startAfter)
        {
            sql += " AND item_key > @after";
            parameters.Add(("@after", StoreNames.Check(startAfter, nameof(query.StartAfter), ItemKey.MaxKeyBytes, allowEmpty: true)));
        }

        if (!string.IsNullOrEmpty(query.Prefix))
        {
            sql += " AND item_key >= @prefix";
            parameters.Add(("@prefix", StoreNames.Check(query.Prefix, nameof(query.Prefix), ItemKey.MaxKeyBytes, allowEmpty: true)));
            if (KeyRange.UpperBound(query.Prefix) is { } upper)
            {
                sql += " AND item_key < @upper";
                parameters.Add(("@upper", upper));
            }
        }

        sql += $" ORDER BY item_key {SqlCommands.LimitClause}";
        await using var session = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        var command = session.Command(sql, [.. parameters]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var items = new List<StoredItem>(Math.Min(query.Limit, 1024));
        var truncated = false;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (items.Count == query.Limit)
            {
                truncated = true;
                break;
            }

            items.Add(new StoredItem(new ItemKey(query.Collection, query.Partition, reader.GetString(0)), reader.GetString(2), reader.GetInt64(1)));
        }

        return new ItemPage(items, truncated ? items[^1].Key.Key : null);
    }

    public async ValueTask<long> CountAsync(string collection, string partition, CancellationToken cancellationToken = default)
    {
        StoreNames.Check(collection, nameof(collection), ItemKey.MaxCollectionBytes, allowEmpty: false);
        StoreNames.Check(partition, nameof(partition), ItemKey.MaxPartitionBytes, allowEmpty: true);
        await using var session = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        var command = session.Command(
            "SELECT item_count FROM item_counts WHERE collection_name = @c AND partition_key = @p",
            ("@c", collection),
            ("@p", partition));
        return await SqlCommands.ScalarInt64Async(command, cancellationToken).ConfigureAwait(false) ?? 0;
    }

    public async ValueTask AppendEventsAsync(IReadOnlyList<EventEntry> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var entry in events)
        {
            ArgumentNullException.ThrowIfNull(entry);
            StoreNames.Check(entry.EventId, nameof(entry.EventId), ItemKey.MaxKeyBytes, allowEmpty: false);
            StoreNames.Check(entry.Partition, nameof(entry.Partition), ItemKey.MaxPartitionBytes, allowEmpty: true);
            if (!System.Text.Unicode.Utf8.IsValid(entry.Utf8Json.Span))
            {
                throw new ArgumentException($"The document of event {entry.EventId} is not well-formed UTF-8.", nameof(events));
            }
            ArgumentNullException.ThrowIfNull(entry.Attributes);
            var singleValued = 0;
            foreach (var attribute in entry.Attributes)
            {
                ArgumentNullException.ThrowIfNull(attribute);
                var index = EventAttribute.SingleValued.IndexOf(attribute.Name);
                if (index >= 0 && (singleValued & (1 << index)) != 0)
                {
                    throw new ArgumentException($"Event {entry.EventId} has more than one {attribute.Name} attribute.", nameof(events));
                }
                singleValued |= index >= 0 ? 1 << index : 0;
            }
        }

        if (events.Count == 0)
        {
            return;
        }

        var columns = new object[events.Count][];
        for (var index = 0; index < events.Count; index++)
        {
            columns[index] = EventColumns.ValuesOf(events[index]);
        }
        var attributeRows = EventAttributeRows.ToJsonChunks(events, columns);

        await WriteAsync(
            async (connection, transaction, token) =>
            {
                await AppendEventRowsAsync(connection, transaction, events, columns, attributeRows, token).ConfigureAwait(false);
                return 0;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Inserts each event's row, then the attribute rows its columns do not hold, in the write transaction:
    /// each event's columns are its <see cref="EventColumns.ValuesOf"/>, and the attribute rows come from
    /// <see cref="EventAttributeRows.ToJsonChunks"/>.</summary>
    protected virtual async ValueTask AppendEventRowsAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<EventEntry> events, object[][] columns, List<string> attributeRows, CancellationToken cancellationToken)
    {
        var statements = new List<SqlStatement>(events.Count + attributeRows.Count);
        for (var index = 0; index < events.Count; index++)
        {
            var entry = events[index];
            var parameters = new (string Name, object Value)[4 + ColumnParameters.Count];
            parameters[0] = ("@p", entry.Partition);
            parameters[1] = ("@id", entry.EventId);
            parameters[2] = ("@t", entry.EventTime.ToUnixTimeMilliseconds());
            parameters[3] = ("@doc", entry.Utf8Json);
            for (var column = 0; column < ColumnParameters.Count; column++)
            {
                parameters[4 + column] = (ColumnParameters[column], columns[index][column]);
            }
            statements.Add(new SqlStatement(InsertEventSql, parameters));
        }
        statements.AddRange(AttributeStatements(attributeRows));
        await SqlStatementRunner.RunAsync(connection, transaction, statements, cancellationToken).ConfigureAwait(false);
    }

    protected IEnumerable<SqlStatement> AttributeStatements(List<string> attributeRows) =>
        attributeRows.Select(rows => new SqlStatement(EventAttributeRows.InsertSql(JsonArrayElementsOfRows), ("@rows", rows)));

    public async ValueTask<EventPage> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        StoreNames.Check(query.Partition, nameof(query.Partition), ItemKey.MaxPartitionBytes, allowEmpty: true);
        if (query.Limit is < 1 or > EventQuery.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(query), $"Limit must be between 1 and {EventQuery.MaxLimit}.");
        }
        if (query.Attribute is not null && query.EventId is not null)
        {
            throw new ArgumentException("A query selects by an attribute or by an event ID, not both.", nameof(query));
        }

        var cursor = query.ContinuationToken is null ? (EventCursor?)null : EventCursor.Decode(query.ContinuationToken);
        var (sql, parameters) = EventQuerySql.For(query, cursor);

        await using var session = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        var command = session.Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<LoggedEvent>(Math.Min(query.Limit, 1024));
        EventCursor last = default;
        var truncated = false;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (events.Count == query.Limit)
            {
                truncated = true;
                break;
            }

            var time = reader.GetInt64(2);
            last = new EventCursor(time, reader.GetInt64(0));
            events.Add(new LoggedEvent(
                reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(time), query.Partition, reader.GetString(3), SingleValuedAttributes(reader)));
        }

        return new EventPage(events, truncated ? last.Encode() : null);
    }

    private static List<EventAttribute> SingleValuedAttributes(DbDataReader reader)
    {
        var attributes = new List<EventAttribute>(EventColumns.SingleValued.Count);
        for (var column = 0; column < EventColumns.SingleValued.Count; column++)
        {
            var ordinal = EventQuerySql.FirstSingleValuedColumn + column;
            if (!reader.IsDBNull(ordinal))
            {
                attributes.Add(new EventAttribute(EventColumns.SingleValued[column].Attribute, reader.GetString(ordinal)));
            }
        }
        return attributes;
    }

    public ChangeSubscription SubscribeChanges() => broadcaster.Subscribe();

    public async ValueTask WipeAsync(CancellationToken cancellationToken = default)
    {
        await WriteAsync(
            async (connection, transaction, token) =>
            {
                foreach (var table in (string[])["items", "item_counts", "event_attributes", "events"])
                {
                    await SqlCommands.ExecuteAsync(connection, transaction, $"DELETE FROM {table}", token).ConfigureAwait(false);
                }

                await AnnounceAsync(connection, transaction, [StoreChange.Everything], token).ConfigureAwait(false);
                return 0;
            },
            cancellationToken).ConfigureAwait(false);
        broadcaster.Publish(StoreChange.Everything);
    }

    public virtual ValueTask DisposeAsync()
    {
        broadcaster.CompleteAll();
        return ValueTask.CompletedTask;
    }

    /// <summary>A connection for reading; the caller disposes the session.</summary>
    protected abstract ValueTask<ReadSession> OpenReaderAsync(CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="work"/> in one write transaction and commits it; rolls back if it throws.</summary>
    protected abstract ValueTask<T> WriteAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, ValueTask<T>> work, CancellationToken cancellationToken);

    /// <summary>Lets other processes learn of the changes, as part of the transaction that makes them.</summary>
    protected virtual ValueTask AnnounceAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<StoreChange> changes, CancellationToken cancellationToken)
        => ValueTask.CompletedTask;

    /// <summary>Holds off concurrent migrators until the migration transaction ends.</summary>
    protected virtual ValueTask LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
        => ValueTask.CompletedTask;

    /// <summary>Brings the schema up to the newest migration; safe to run from several processes at once.</summary>
    protected async Task MigrateAsync(IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        await WriteAsync(
            async (connection, transaction, token) =>
            {
                await LockSchemaAsync(connection, transaction, token).ConfigureAwait(false);
                await SqlCommands.ExecuteAsync(
                    connection,
                    transaction,
                    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)",
                    token).ConfigureAwait(false);
                await using var current = SqlCommands.Create(connection, transaction, "SELECT MAX(version) FROM schema_migrations");
                var applied = await SqlCommands.ScalarInt64Async(current, token).ConfigureAwait(false) ?? 0;
                var newest = migrations.Count == 0 ? 0 : migrations.Max(migration => migration.Version);
                if (applied > newest)
                {
                    throw new StoreSchemaException(
                        $"The database schema is at version {applied}, newer than version {newest} that this Rampart knows; upgrade Rampart.");
                }

                foreach (var migration in migrations.Where(migration => migration.Version > applied).OrderBy(migration => migration.Version))
                {
                    await SqlCommands.ExecuteAsync(connection, transaction, migration.Sql, token).ConfigureAwait(false);
                    await SqlCommands.ExecuteAsync(
                        connection,
                        transaction,
                        "INSERT INTO schema_migrations (version, description, applied_at) VALUES (@v, @d, @t)",
                        token,
                        ("@v", migration.Version),
                        ("@d", migration.Description),
                        ("@t", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture))).ConfigureAwait(false);
                }

                return 0;
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static void Validate(StoreWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(write.Key);
        var expected = write switch
        {
            StoreWrite.Put put => put.ExpectedVersion,
            StoreWrite.Delete delete => delete.ExpectedVersion,
            StoreWrite.Check check => check.ExpectedVersion,
            _ => throw new ArgumentException($"Unknown write {write.GetType().Name}.", nameof(write)),
        };
        if (expected < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(write), "An expected version must not be negative.");
        }

        if (write is StoreWrite.Check { ExpectedVersion: StoreWrite.Absent })
        {
            throw new ArgumentOutOfRangeException(nameof(write), "A check needs an existing version (1 or more); use a put with StoreWrite.Absent to claim a key.");
        }

        if (write is StoreWrite.Put { Json: null })
        {
            throw new ArgumentNullException(nameof(write), "A put needs a JSON document.");
        }
    }

    private const string InsertItemSql =
        "INSERT INTO items (collection_name, partition_key, item_key, version, document) VALUES (@c, @p, @k, 1, @d) ";

    private const string KeyCondition = "collection_name = @c AND partition_key = @p AND item_key = @k";

    /// <summary>The one statement that performs a write and returns the version it produced, deleted or found; no row means the expectation failed.</summary>
    private SqlStatement Plan(StoreWrite write)
    {
        var key = write.Key;
        (string, object)[] keyParameters = [("@c", key.Collection), ("@p", key.Partition), ("@k", key.Key)];
        return write switch
        {
            StoreWrite.Put { ExpectedVersion: null } put => new SqlStatement(
                InsertItemSql +
                "ON CONFLICT (collection_name, partition_key, item_key) DO UPDATE SET version = items.version + 1, document = excluded.document " +
                "RETURNING version",
                [.. keyParameters, ("@d", put.Json)]),
            StoreWrite.Put { ExpectedVersion: StoreWrite.Absent } create => new SqlStatement(
                InsertItemSql + "ON CONFLICT (collection_name, partition_key, item_key) DO NOTHING RETURNING version",
                [.. keyParameters, ("@d", create.Json)]),
            StoreWrite.Put { ExpectedVersion: { } expected } update => new SqlStatement(
                $"UPDATE items SET version = version + 1, document = @d WHERE {KeyCondition} AND version = @v RETURNING version",
                [.. keyParameters, ("@d", update.Json), ("@v", expected)]),
            StoreWrite.Delete { ExpectedVersion: null } => new SqlStatement(
                $"DELETE FROM items WHERE {KeyCondition} RETURNING version",
                keyParameters),
            StoreWrite.Delete { ExpectedVersion: { } expected } => new SqlStatement(
                $"DELETE FROM items WHERE {KeyCondition} AND version = @v RETURNING version",
                [.. keyParameters, ("@v", expected)]),
            StoreWrite.Check check => new SqlStatement(
                $"SELECT version FROM items WHERE {KeyCondition} AND version = @v{CheckLockClause}",
                [.. keyParameters, ("@v", check.ExpectedVersion)]),
            _ => throw new ArgumentException($"Unknown write {write.GetType().Name}.", nameof(write)),
        };
    }

    /// <summary>What a write's statement result means, or null when its expected version did not hold.</summary>
    private static WriteOutcome? Interpret(StoreWrite write, long? returned) => (write, returned) switch
    {
        (StoreWrite.Put { ExpectedVersion: null }, { } version) => new WriteOutcome(version, version == 1 ? 1 : 0, Changed: true),
        (StoreWrite.Put { ExpectedVersion: StoreWrite.Absent }, { } version) => new WriteOutcome(version, 1, Changed: true),
        (StoreWrite.Put, { } version) => new WriteOutcome(version, 0, Changed: true),
        (StoreWrite.Delete, { } version) => new WriteOutcome(version, -1, Changed: true),
        (StoreWrite.Delete { ExpectedVersion: null }, null) => new WriteOutcome(StoreWrite.Absent, 0, Changed: false),
        (StoreWrite.Check, { } version) => new WriteOutcome(version, 0, Changed: false),
        (StoreWrite.Put { ExpectedVersion: null }, null) => throw MissingRow(),
        _ => null,
    };

    private static async ValueTask<ConcurrencyConflictException> ConflictAsync(
        DbConnection connection, DbTransaction transaction, StoreWrite write, CancellationToken cancellationToken)
    {
        var expected = write switch
        {
            StoreWrite.Put put => put.ExpectedVersion,
            StoreWrite.Delete delete => delete.ExpectedVersion,
            StoreWrite.Check check => check.ExpectedVersion,
            _ => null,
        } ?? StoreWrite.Absent;
        await using var command = SqlCommands.Create(
            connection, transaction, SelectVersionSql, ("@c", write.Key.Collection), ("@p", write.Key.Partition), ("@k", write.Key.Key));
        var actual = await SqlCommands.ScalarInt64Async(command, cancellationToken).ConfigureAwait(false) ?? StoreWrite.Absent;
        return new ConcurrencyConflictException(write.Key, expected, actual);
    }

    private static InvalidOperationException MissingRow() => new("The database returned no row for an upsert.");

    private readonly record struct WriteOutcome(long Version, int CountDelta, bool Changed);

    private sealed class PartitionOrder : IComparer<(string Collection, string Partition)>
    {
        public static readonly PartitionOrder Instance = new();

        public int Compare((string Collection, string Partition) x, (string Collection, string Partition) y)
        {
            var byCollection = string.CompareOrdinal(x.Collection, y.Collection);
            return byCollection != 0 ? byCollection : string.CompareOrdinal(x.Partition, y.Partition);
        }
    }
}
