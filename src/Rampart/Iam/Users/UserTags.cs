using Rampart.Iam.Common;
using Rampart.Iam.Tagging;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Users;

/// <summary>Users as tagged entities: the tags live in the user's record (both of its copies).</summary>
public sealed class UserTags(IStore store) : ITaggedEntities
{
    private readonly UserDirectory users = new(store);

    public string Kind => "User";

    public string Arn(CallContext call, string id) => IamArn.User(call.AccountId, IamPath.Root, id);

    public async ValueTask<IReadOnlyList<IamTag>> TagsOfAsync(string accountId, string id, CancellationToken cancellationToken) =>
        (await users.RequireAsync(accountId, id, cancellationToken)).User.Tags;

    public async ValueTask ChangeTagsAsync(string accountId, string id, Func<IReadOnlyList<IamTag>, IReadOnlyList<IamTag>> change, CancellationToken cancellationToken) =>
        await StoreRetry.RunAsync(async token =>
        {
            var current = await users.RequireAsync(accountId, id, token);
            return await store.CommitAsync([.. UserDirectory.Replace(current, current.User with { Tags = change(current.User.Tags) })], token);
        }, cancellationToken: cancellationToken);
}
