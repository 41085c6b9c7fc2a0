using System.Text;
using Rampart.Iam.Common;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.Mfa;

/// <summary>Virtual MFA devices by serial number (collection "iam.mfa-device", partition = account) and the codes
/// they accept: a code of the current step or one step either side, newer than the last one accepted.</summary>
public sealed class MfaDevices(IStore store, SecretProtector secrets)
{
    public const string Collection = "iam.mfa-device";

    /// <summary>The devices enabled for each user: key "USERID/SERIAL". The root user's devices are keyed by the
    /// account ID, its aws:userid, which no IAM user's unique ID can equal.</summary>
    public const string UserCollection = "iam.user-mfa";

    public static ItemKey KeyOf(string accountId, string serialNumber) => new(Collection, accountId, serialNumber);

    public static ItemKey UserKeyOf(string accountId, string userId, string serialNumber) => new(UserCollection, accountId, userId + "/" + serialNumber);

    /// <summary>Whether an MFA device is enabled for the user (or, given the account ID, the root user).</summary>
    public static async ValueTask<bool> AnyEnabledAsync(IStore store, string accountId, string userId, CancellationToken cancellationToken) =>
        (await store.ListAsync(new ListQuery(UserCollection, accountId, userId + "/", null, 1), cancellationToken)).Items.Count > 0;

    public async ValueTask<(MfaDeviceRecord Device, long Version)?> FindAsync(string accountId, string serialNumber, CancellationToken cancellationToken) =>
        await store.GetAsync(KeyOf(accountId, serialNumber), cancellationToken) is { } item ? (IamJson.Read<MfaDeviceRecord>(item.Json), item.Version) : null;

    public async ValueTask<(MfaDeviceRecord Device, long Version)> RequireAsync(string accountId, string serialNumber, CancellationToken cancellationToken) =>
        await FindAsync(accountId, serialNumber, cancellationToken)
        ?? throw IamErrors.NoSuchEntity($"VirtualMFADevice with serial number {serialNumber} doesn't exist.");

    public string Protect(string serialNumber, byte[] seed) => Convert.ToBase64String(secrets.Protect(seed, Encoding.UTF8.GetBytes(serialNumber)));

    public byte[] SeedOf(MfaDeviceRecord device) =>
        secrets.Unprotect(Convert.FromBase64String(device.SeedCiphertext), Encoding.UTF8.GetBytes(device.SerialNumber));

    public async ValueTask<IReadOnlyList<MfaDeviceRecord>> OfUserAsync(string accountId, string userId, CancellationToken cancellationToken)
    {
        var devices = new List<MfaDeviceRecord>();
        await foreach (var item in IamPaging.AllAsync(store, UserCollection, accountId, userId + "/", cancellationToken))
        {
            if (await FindAsync(accountId, item.Key.Key[(userId.Length + 1)..], cancellationToken) is ({ } device, _))
            {
                devices.Add(device);
            }
        }
        return devices;
    }

    /// <summary>Accepts a code of the enabled device <paramref name="serialNumber"/> of user <paramref name="userId"/>
    /// once; false for any other device, user or code.</summary>
    public async ValueTask<bool> TryAcceptAsync(string accountId, string userId, string serialNumber, string code, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await FindAsync(accountId, serialNumber, cancellationToken) is not ({ EnableDate: not null } device, var version) || device.UserId != userId)
        {
            return false;
        }
        var seed = SeedOf(device);
        var current = Totp.StepAt(now);
        for (var step = current - 1; step <= current + 1; step++)
        {
            if (step > device.LastAcceptedStep && Totp.Matches(seed, step, code))
            {
                try
                {
                    await store.CommitAsync([new StoreWrite.Put(KeyOf(accountId, serialNumber), IamJson.Write(device with { LastAcceptedStep = step }), version)], cancellationToken);
                    return true;
                }
                catch (ConcurrencyConflictException)
                {
                    return false;
                }
            }
        }
        return false;
    }
}
