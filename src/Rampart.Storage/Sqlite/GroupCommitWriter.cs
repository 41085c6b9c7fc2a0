using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Rampart.Storage.Sqlite;

/// <summary>
/// Runs every write transaction of a store on its one writer connection, one at a time. Transactions that queue
/// up while a commit is being synced to disk are committed together, each inside its own savepoint: one fsync
/// serves many callers, a transaction that fails rolls back alone, and no caller hears "done" before the fsync.
/// </summary>
internal sealed class GroupCommitWriter : IAsyncDisposable
{
    private const int MaxGroupSize = 256;
    private const string Savepoint = "rampart_write";

    private readonly SqliteConnection connection;
    private readonly Channel<IPendingWrite> queue = Channel.CreateUnbounded<IPendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public GroupCommitWriter(SqliteConnection connection)
    {
        this.connection = connection;
        WriterThread.Start("Rampart SQLite writer", Run);
    }

    private interface IPendingWrite
    {
        /// <summary>Runs the write; with <paramref name="isolate"/> inside a savepoint, so that a failure undoes
        /// this write alone, else a failure throws and the caller rolls back the whole transaction.</summary>
        ValueTask<bool> RunAsync(SqliteConnection connection, SqliteTransaction transaction, bool isolate);

        void Complete();

        void Fail(Exception exception);
    }

    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, ValueTask<T>> work, CancellationToken cancellationToken)
    {
        var pending = new PendingWrite<T>(work, cancellationToken);
        return queue.Writer.TryWrite(pending) ? pending.Task : throw new ObjectDisposedException(nameof(SqliteStore));
    }

    /// <summary>Finishes the writes already queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await stopped.Task.ConfigureAwait(false);
    }

    private void Run()
    {
        try
        {
            var group = new List<IPendingWrite>(MaxGroupSize);
            while (queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                group.Clear();
                while (group.Count < MaxGroupSize && queue.Reader.TryRead(out var pending))
                {
                    group.Add(pending);
                }

                CommitGroupAsync(group).GetAwaiter().GetResult();
            }
            stopped.SetResult();
        }
        catch (Exception exception)
        {
            stopped.SetException(exception);
        }
    }

    private async Task CommitGroupAsync(List<IPendingWrite> group)
    {
        var committed = new List<IPendingWrite>(group.Count);
        try
        {
            // BEGIN IMMEDIATE takes the write lock up front, so another process holding it makes us wait, not fail mid-way.
            await using var transaction = connection.BeginTransaction(deferred: false);
            // A savepoint makes SQLite copy the pages a write changes into a statement journal, which for a batch
            // of events spilled into a temporary file created and deleted at every commit. A write alone in its
            // group needs none: if it fails, the whole transaction rolls back and it is the only one to hear so.
            var isolate = group.Count > 1;
            foreach (var pending in group)
            {
                if (await pending.RunAsync(connection, transaction, isolate).ConfigureAwait(false))
                {
                    committed.Add(pending);
                }
            }

            await transaction.CommitAsync().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // The group's transaction was rolled back as a whole, so nobody in it has been written.
            foreach (var pending in group)
            {
                pending.Fail(exception);
            }

            return;
        }

        foreach (var pending in committed)
        {
            pending.Complete();
        }
    }

    private sealed class PendingWrite<T>(Func<DbConnection, DbTransaction, CancellationToken, ValueTask<T>> work, CancellationToken cancellationToken)
        : IPendingWrite
    {
        private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? result;

        public Task<T> Task => completion.Task;

        public async ValueTask<bool> RunAsync(SqliteConnection connection, SqliteTransaction transaction, bool isolate)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                completion.TrySetCanceled(cancellationToken);
                return false;
            }

            if (!isolate)
            {
                result = await work(connection, transaction, cancellationToken).ConfigureAwait(false);
                return true;
            }

            await transaction.SaveAsync(Savepoint, cancellationToken).ConfigureAwait(false);
            try
            {
                result = await work(connection, transaction, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                await transaction.RollbackAsync(Savepoint, CancellationToken.None).ConfigureAwait(false);
                await transaction.ReleaseAsync(Savepoint, CancellationToken.None).ConfigureAwait(false);
                Fail(exception);
                return false;
            }

            await transaction.ReleaseAsync(Savepoint, CancellationToken.None).ConfigureAwait(false);
            return true;
        }

        public void Complete() => completion.TrySetResult(result!);

        public void Fail(Exception exception)
        {
            if (exception is OperationCanceledException canceled)
            {
                completion.TrySetCanceled(canceled.CancellationToken);
            }
            else
            {
                completion.TrySetException(exception);
            }
        }
    }
}
