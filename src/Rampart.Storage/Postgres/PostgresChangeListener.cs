using Npgsql;
using Rampart.Storage.Changes;

namespace Rampart.Storage.Postgres;

/// <summary>
/// Holds one connection that LISTENs for other processes' changes and hands them to the broadcaster.
/// When the connection drops it reconnects, and tells subscribers that anything may have changed meanwhile.
/// </summary>
internal sealed class PostgresChangeListener : IAsyncDisposable
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    private readonly NpgsqlDataSource dataSource;
    private readonly Guid instance;
    private readonly ChangeBroadcaster broadcaster;
    private readonly CancellationTokenSource stopping = new();
    private Task? loop;

    public PostgresChangeListener(NpgsqlDataSource dataSource, Guid instance, ChangeBroadcaster broadcaster)
    {
        this.dataSource = dataSource;
        this.instance = instance;
        this.broadcaster = broadcaster;
    }

    /// <summary>Returns once LISTEN is in effect, so every change committed afterwards is seen.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var connection = await ListenAsync(cancellationToken).ConfigureAwait(false);
        loop = Task.Run(() => RunAsync(connection, stopping.Token), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        if (loop is not null)
        {
            await loop.ConfigureAwait(false);
        }

        stopping.Dispose();
    }

    private async Task<NpgsqlConnection> ListenAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            connection.Notification += OnNotification;
            await using var command = new NpgsqlCommand($"LISTEN {ChangeNotification.Channel}", connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            connection.Notification -= OnNotification;
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task RunAsync(NpgsqlConnection? connection, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                connection ??= await ListenAsync(cancellationToken).ConfigureAwait(false);
                await connection.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception) when (exception is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                if (connection is not null)
                {
                    connection.Notification -= OnNotification;
                    await connection.DisposeAsync().ConfigureAwait(false);
                    connection = null;
                    broadcaster.Publish(StoreChange.Everything);
                }

                try
                {
                    await Task.Delay(ReconnectDelay, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        if (connection is not null)
        {
            connection.Notification -= OnNotification;
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs notification)
    {
        if (ChangeNotification.Decode(instance, notification.Payload) is { } change)
        {
            broadcaster.Publish(change);
        }
    }
}
