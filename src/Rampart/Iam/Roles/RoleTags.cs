using Rampart.Iam.Common;
using Rampart.Iam.Tagging;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Roles;

/// <summary>Roles as tagged entities: the tags live in the role's record.</summary>
public sealed class RoleTags(IStore store) : ITaggedEntities
{
    public string Kind => "Role";

    public string Arn(CallContext call, string id) => IamArn.Role(call.AccountId, IamPath.Root, id);

    public async ValueTask<IReadOnlyList<IamTag>> TagsOfAsync(string accountId, string id, CancellationToken cancellationToken) =>
        (await new RoleDirectory(store).RequireAsync(accountId, id, cancellationToken)).Role.Tags;

    public async ValueTask ChangeTagsAsync(string accountId, string id, Func<IReadOnlyList<IamTag>, IReadOnlyList<IamTag>> change, CancellationToken cancellationToken) =>
        await RoleUpdates.ApplyAsync(store, accountId, id, role => role with { Tags = change(role.Tags) }, cancellationToken);
}
