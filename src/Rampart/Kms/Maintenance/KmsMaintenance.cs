using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Rampart.Kms.Common;
using Rampart.Kms.Grants;
using Rampart.Kms.Keys;
using Rampart.Kms.Rotation;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Storage.Secrets;

namespace Rampart.Kms.Maintenance;

/// <summary>Does KMS's work that falls due with time, every half minute: destroys keys whose waiting period is over
/// (with their grants), rotates keys whose automatic rotation date has come, and deletes imported material that
/// expired. Requests that meet such a key first do the deletion or expiry themselves (see <see cref="KeyDirectory"/>).</summary>
public sealed partial class KmsMaintenance(IStore store, SecretProtector secrets, ILogger<KmsMaintenance> logger) : BackgroundService
{
    private const int PageSize = 100;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await RunDueAsync(DateTimeOffset.UtcNow, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailure(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Does everything due at <paramref name="now"/> and removes its entries.</summary>
    public async Task RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var kind in (string[])[DueWork.Deletion, DueWork.Rotation, DueWork.Expiry])
        {
            while (true)
            {
                var page = await store.ListAsync(new ListQuery(KmsCollections.Due, kind, Limit: PageSize), cancellationToken);
                var due = page.Items.TakeWhile(item => DueWork.Read(item.Key.Key).At <= now).ToList();
                foreach (var item in due)
                {
                    var (_, account, region, keyId) = DueWork.Read(item.Key.Key);
                    await (kind == DueWork.Rotation ? RotateAsync(account, region, keyId, now, cancellationToken) : SettleAsync(account, region, keyId, cancellationToken));
                    await store.DeleteAsync(item.Key, cancellationToken: cancellationToken);
                }
                if (due.Count < page.Items.Count || !page.IsTruncated)
                {
                    break;
                }
            }
        }
    }

    /// <summary>Reading a key destroys it when its deletion date has passed and drops expired imported material;
    /// a destroyed key's grants go with it.</summary>
    private async Task SettleAsync(string account, string region, string keyId, CancellationToken cancellationToken)
    {
        if (await new KeyDirectory(store).FindAsync(account, region, keyId, cancellationToken) is not null)
        {
            return;
        }
        foreach (var grant in await new GrantDirectory(store).AllOfKeyAsync(account, region, keyId, cancellationToken))
        {
            await store.DeleteAsync(GrantDirectory.KeyOf(account, region, keyId, grant.GrantId), cancellationToken: cancellationToken);
        }
    }

    /// <summary>Rotates an enabled key whose rotation date has come (a disabled one only moves its date on) and
    /// schedules the next rotation.</summary>
    private async Task RotateAsync(string account, string region, string keyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var material = KeyRotator.NewMaterial();
        try
        {
            var rotated = await StoreRetry.RunAsync(async token =>
            {
                var stored = await new KeyDirectory(store).FindAsync(account, region, keyId, token);
                if (stored?.Key is not { Rotation: { Enabled: true, NextRotationDate: { } next } settings } key || next > now || !key.IsPrimary)
                {
                    return null;
                }
                var following = next;
                while (following <= now)
                {
                    following = following.AddDays(settings.PeriodInDays);
                }
                Func<KeyRotationSettings?, KeyRotationSettings?> advance = s => s! with { NextRotationDate = following };
                var change = key.KeyState == KeyState.Enabled
                    ? KeyRotator.AddMaterial(new KeyMaterialVault(secrets), material, next, KeyRotator.Automatic, advance)
                    : copy => copy with { Rotation = advance(copy.Rotation) };
                return await new KeyUpdater(store).UpdateCopiesAsync(stored, change, token);
            }, cancellationToken: cancellationToken);
            if (rotated?.Rotation?.NextRotationDate is { } upcoming)
            {
                await DueWork.ScheduleAsync(store, DueWork.Rotation, upcoming, rotated, cancellationToken);
            }
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(material);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "KMS maintenance (key deletion, rotation, import expiry) failed; it will try again.")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
