using Rampart.Iam.Common;
using Rampart.Iam.Tagging;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.Mfa;

/// <summary>Virtual MFA devices as tagged entities, named by serial number (a device's ARN, or its name).</summary>
public sealed class MfaTags(IStore store, SecretProtector secrets) : ITaggedEntities
{
    private readonly MfaDevices devices = new(store, secrets);

    public string Kind => "MFADevice";

    public string Arn(CallContext call, string id) =>
        id.StartsWith("arn:", StringComparison.Ordinal) ? id : IamArn.Of(call.AccountId, "mfa", IamPath.Root, id);

    public async ValueTask<IReadOnlyList<IamTag>> TagsOfAsync(string accountId, string id, CancellationToken cancellationToken) =>
        (await devices.RequireAsync(accountId, id, cancellationToken)).Device.Tags ?? [];

    public async ValueTask ChangeTagsAsync(string accountId, string id, Func<IReadOnlyList<IamTag>, IReadOnlyList<IamTag>> change, CancellationToken cancellationToken) =>
        await StoreRetry.RunAsync(async token =>
        {
            var (device, version) = await devices.RequireAsync(accountId, id, token);
            var updated = device with { Tags = change(device.Tags ?? []) };
            return await store.CommitAsync([new StoreWrite.Put(MfaDevices.KeyOf(accountId, id), IamJson.Write(updated), version)], token);
        }, cancellationToken: cancellationToken);
}
