using System.Data;
using System.Data.Common;
using Npgsql;
using Rampart.Storage.Changes;
using Rampart.Storage.Sql;

namespace Rampart.Storage.Postgres;

/// <summary>
/// The shared store for several Rampart processes. Write transactions run at READ COMMITTED with conditional
/// statements, so an optimistic-concurrency check and its write are one atomic statement; deadlocks and
/// serialization failures are retried. Changes are announced with NOTIFY inside the committing transaction.
/// </summary>
internal sealed class PostgresStore : RelationalStore
{
    private const int MaxTransientAttempts = 20;
    private const long MigrationLockId = 0x52414D5041525431; // "RAMPART1"

    // The listening connection waits for hours in silence; keepalives let it notice a dead peer and reconnect.
    private const int ListenerKeepAliveSeconds = 15;

    private readonly NpgsqlDataSource dataSource;
    private readonly NpgsqlDataSource listenerSource;
    private readonly Guid instance = Guid.NewGuid();
    private PostgresChangeListener? listener;
    private int disposed;

    private PostgresStore(NpgsqlDataSource dataSource, NpgsqlDataSource listenerSource)
    {
        this.dataSource = dataSource;
        this.listenerSource = listenerSource;
    }

    public override string Kind => "postgresql";

    protected override string CheckLockClause => " FOR SHARE";

    protected override string JsonArrayElementsOfRows => "json_array_elements(CAST(@rows AS json))";

    protected override string TextOfUtf8(string parameter) => $"convert_from({parameter}, 'UTF8')";

    public static async Task<PostgresStore> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var listenerConnection = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        if (listenerConnection.KeepAlive == 0)
        {
            listenerConnection.KeepAlive = ListenerKeepAliveSeconds;
        }

        var store = new PostgresStore(NpgsqlDataSource.Create(connectionString), NpgsqlDataSource.Create(listenerConnection));
        try
        {
            await store.MigrateAsync(PostgresMigrations.All, cancellationToken).ConfigureAwait(false);
            store.listener = new PostgresChangeListener(store.listenerSource, store.instance, store.Broadcaster);
            await store.listener.StartAsync(cancellationToken).ConfigureAwait(false);
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

        if (listener is not null)
        {
            await listener.DisposeAsync().ConfigureAwait(false);
        }

        await base.DisposeAsync().ConfigureAwait(false);
        await listenerSource.DisposeAsync().ConfigureAwait(false);
        await dataSource.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Npgsql pools the server connections itself; a session's commands live as long as the session.</summary>
    protected override async ValueTask<ReadSession> OpenReaderAsync(CancellationToken cancellationToken)
        => new(await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false), session => session.CloseAsync(), compile: false);

    protected override async ValueTask<T> WriteAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, ValueTask<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
                var result = await work(connection, transaction, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch (PostgresException exception) when (IsTransient(exception) && attempt < MaxTransientAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * attempt)), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    protected override async ValueTask AnnounceAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<StoreChange> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }

        // NOTIFY inside the transaction is delivered only if, and when, the transaction commits.
        var payloads = changes.Select(change => ChangeNotification.Encode(instance, change)).ToArray();
        await using var command = new NpgsqlCommand(
            $"SELECT pg_notify('{ChangeNotification.Channel}', payload) FROM unnest(@payloads) AS payload",
            (NpgsqlConnection)connection,
            (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("payloads", payloads);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async ValueTask LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@id)", (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("id", MigrationLockId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static bool IsTransient(PostgresException exception)
        => exception.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure;
}
