namespace Rampart.Storage.Items;

/// <summary>Read-modify-write helpers that retry when another writer got there first.</summary>
public static class StoreRetry
{
    /// <summary>Attempts before a conflict is given up and rethrown.</summary>
    public const int DefaultMaxAttempts = 1000;

    private const int MaxPauseMilliseconds = 10;

    /// <summary>
    /// Runs <paramref name="attempt"/> (which reads, decides, and writes with expected versions) until it commits
    /// without a <see cref="ConcurrencyConflictException"/>, waiting a short random time between attempts.
    /// </summary>
    public static async ValueTask<T> RunAsync<T>(Func<CancellationToken, ValueTask<T>> attempt, int maxAttempts = DefaultMaxAttempts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt(cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException) when (number < maxAttempts)
            {
                // A random pause spreads contending writers apart; it stays short so a loser is not starved by fresh arrivals.
                await Task.Delay(Random.Shared.Next(1, MaxPauseMilliseconds), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Replaces one item's document with <paramref name="update"/> of its current document (null when absent), retrying
    /// on conflicts, and returns the new version.
    /// </summary>
    public static ValueTask<long> UpdateAsync(this IStore store, ItemKey key, Func<string?, string> update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(update);
        return RunAsync(
            async token =>
            {
                var current = await store.GetAsync(key, token).ConfigureAwait(false);
                return await store.PutAsync(key, update(current?.Json), current?.Version ?? StoreWrite.Absent, token).ConfigureAwait(false);
            },
            cancellationToken: cancellationToken);
    }
}
