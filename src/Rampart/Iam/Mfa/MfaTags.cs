using Rampart.Iam.Common;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.Mfa;

/// <summary>Read-modify-write of a virtual MFA device's tags, retried when another writer changed the device meanwhile.</summary>
internal static class MfaTags
{
    public static async ValueTask<IReadOnlyList<IamTag>> OfAsync(IStore store, SecretProtector secrets, string accountId, string serialNumber, CancellationToken cancellationToken) =>
        (await new MfaDevices(store, secrets).RequireAsync(accountId, serialNumber, cancellationToken)).Device.Tags ?? [];

    public static async ValueTask ChangeAsync(
        IStore store, SecretProtector secrets, string accountId, string serialNumber, Func<IReadOnlyList<IamTag>, IReadOnlyList<IamTag>> change, CancellationToken cancellationToken)
    {
        var devices = new MfaDevices(store, secrets);
        await StoreRetry.RunAsync(async token =>
        {
            var (device, version) = await devices.RequireAsync(accountId, serialNumber, token);
            var updated = device with { Tags = change(device.Tags ?? []) };
            return await store.CommitAsync([new StoreWrite.Put(MfaDevices.KeyOf(accountId, serialNumber), IamJson.Write(updated), version)], token);
        }, cancellationToken: cancellationToken);
    }
}
