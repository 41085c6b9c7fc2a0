using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Rampart.Storage.Sql;

namespace Rampart.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with synchronous=FULL, so a commit that returned survives a
/// crash or power loss. Writes go through one connection (SQLite allows a single writer anyway), with group
/// commit (<see cref="GroupCommitWriter"/>); reads use pooled connections and run beside writes. Change
/// notifications stay in this process.
/// </summary>
internal sealed class SqliteStore : RelationalStore
{
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    private readonly string connectionString;
    private readonly SqliteConnection writer;
    private readonly GroupCommitWriter writes;
    private readonly SqliteEventRows eventRows;
    private readonly ConcurrentBag<ReadSession> idleReaders = [];
    private int disposed;

    private SqliteStore(string connectionString, SqliteConnection writer)
    {
        this.connectionString = connectionString;
        this.writer = writer;
        writes = new GroupCommitWriter(writer);
        eventRows = new SqliteEventRows(writer, InsertEventSql, ColumnParameters);
    }

    public override string Kind => "sqlite";

    public static async Task<SqliteStore> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        CreateOwnerOnly(Path.GetFullPath(path));
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(path),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString();
        var writer = new SqliteConnection(connectionString);
        try
        {
            await writer.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (var pragmas = writer.CreateCommand())
            {
                // The page size takes effect only in a new, empty database. 16 KiB pages hold the event log's rows
                // and index entries in a quarter as many pages as SQLite's default 4 KiB, which makes appending
                // a batch of events about a quarter cheaper; existing stores keep the size they were created with.
                pragmas.CommandText =
                    $"PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds};";
                await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

        }
        catch
        {
            await writer.DisposeAsync().ConfigureAwait(false);
            SqliteConnection.ClearPool(writer);
            throw;
        }

        var store = new SqliteStore(connectionString, writer);
        try
        {
            await store.MigrateAsync(SqliteMigrations.All, cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        await base.DisposeAsync().ConfigureAwait(false);
        await writes.DisposeAsync().ConfigureAwait(false);
        eventRows.Dispose();
        await CloseIdleReadersAsync().ConfigureAwait(false);

        // Disposing returns the writer to the pool; clearing the pool then closes the file for good.
        await writer.DisposeAsync().ConfigureAwait(false);
        SqliteConnection.ClearPool(writer);
    }

    protected override string JsonArrayElementsOfRows => "json_each(@rows)";

    /// <summary>A blob cast to text is read as text in the database's encoding, UTF-8, without conversion.</summary>
    protected override string TextOfUtf8(string parameter) => $"CAST({parameter} AS TEXT)";

    protected override async ValueTask AppendEventRowsAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<Events.EventEntry> events, object[][] columns, List<string> attributeRows, CancellationToken cancellationToken)
    {
        if (!ReferenceEquals(connection, writer))
        {
            throw new InvalidOperationException("Event rows are written on the writer connection only.");
        }
        for (var index = 0; index < events.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            eventRows.Insert(events[index], columns[index]);
        }
        await SqlStatementRunner.RunAsync(connection, transaction, [.. AttributeStatements(attributeRows)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An idle session when there is one: its connection stays open and keeps its compiled statements.</summary>
    protected override async ValueTask<ReadSession> OpenReaderAsync(CancellationToken cancellationToken)
    {
        if (idleReaders.TryTake(out var idle))
        {
            return idle;
        }
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return new ReadSession(connection, ReturnReaderAsync, compile: true);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private ValueTask ReturnReaderAsync(ReadSession session)
    {
        if (Volatile.Read(ref disposed) != 0)
        {
            return session.CloseAsync();
        }
        idleReaders.Add(session);
        // Disposal may have drained the idle sessions between the check and the add.
        return Volatile.Read(ref disposed) != 0 ? CloseIdleReadersAsync() : ValueTask.CompletedTask;
    }

    private async ValueTask CloseIdleReadersAsync()
    {
        while (idleReaders.TryTake(out var session))
        {
            await session.CloseAsync().ConfigureAwait(false);
        }
    }

    protected override async ValueTask<T> WriteAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, ValueTask<T>> work, CancellationToken cancellationToken)
        => await writes.WriteAsync(work, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Creates a new database file readable by its owner only; SQLite gives its -wal and -shm files the same mode.
    /// The file holds password hashes and protected secrets, which are safe alone but nobody else's business.
    /// </summary>
    private static void CreateOwnerOnly(string path)
    {
        if (File.Exists(path) || OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            using var file = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first; its mode stands.
        }
    }
}
