using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Rampart.Storage;

namespace Rampart.Caching;

/// <summary>Passes every committed store change (this process's and, with PostgreSQL, other nodes') to every cache.</summary>
public sealed class StoreChangeFeed(IStore store, IEnumerable<ICacheInvalidator> caches, ILogger<StoreChangeFeed> logger)
    : BackgroundService
{
    private readonly ICacheInvalidator[] caches = [.. caches];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = store.SubscribeChanges();
        try
        {
            await foreach (var change in subscription.ReadAllAsync(stoppingToken))
            {
                foreach (var cache in caches)
                {
                    cache.Invalidate(change);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogError(e, "The store's change feed failed; caches can no longer be kept fresh.");
            throw;
        }
    }
}
