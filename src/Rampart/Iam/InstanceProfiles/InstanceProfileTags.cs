using Rampart.Iam.Common;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.InstanceProfiles;

/// <summary>Read-modify-write of an instance profile's tags, retried when another writer changed the profile meanwhile.</summary>
internal static class InstanceProfileTags
{
    public static async ValueTask ChangeAsync(
        IStore store, string accountId, string name, Func<IReadOnlyList<IamTag>, IReadOnlyList<IamTag>> change, CancellationToken cancellationToken)
    {
        var profiles = new InstanceProfileDirectory(store);
        await StoreRetry.RunAsync(async token =>
        {
            var (profile, version) = await profiles.RequireAsync(accountId, name, token);
            return await store.CommitAsync([.. InstanceProfileDirectory.Replace(profile with { Tags = change(profile.Tags) }, version)], token);
        }, cancellationToken: cancellationToken);
    }
}
