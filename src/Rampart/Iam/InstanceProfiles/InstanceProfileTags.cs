using Rampart.Iam.Common;
using Rampart.Iam.Tagging;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.InstanceProfiles;

/// <summary>Instance profiles as tagged entities: the tags live in the profile's record.</summary>
public sealed class InstanceProfileTags(IStore store) : ITaggedEntities
{
    private readonly InstanceProfileDirectory profiles = new(store);

    public string Kind => "InstanceProfile";

    public string Arn(CallContext call, string id) => IamArn.Of(call.AccountId, "instance-profile", IamPath.Root, id);

    public async ValueTask<IReadOnlyList<IamTag>> TagsOfAsync(string accountId, string id, CancellationToken cancellationToken) =>
        (await profiles.RequireAsync(accountId, id, cancellationToken)).Profile.Tags;

    public async ValueTask ChangeTagsAsync(string accountId, string id, Func<IReadOnlyList<IamTag>, IReadOnlyList<IamTag>> change, CancellationToken cancellationToken) =>
        await StoreRetry.RunAsync(async token =>
        {
            var (profile, version) = await profiles.RequireAsync(accountId, id, token);
            return await store.CommitAsync([.. InstanceProfileDirectory.Replace(profile with { Tags = change(profile.Tags) }, version)], token);
        }, cancellationToken: cancellationToken);
}
