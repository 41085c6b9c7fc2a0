using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Users;

/// <summary>Adds tags to a user, replacing the values of keys it already has.</summary>
public sealed class TagUser(IStore store) : Operation<TagUserRequest, EmptyResponse>
{
    private readonly UserDirectory users = new(store);

    public override string Service => "iam";

    public override string Name => "TagUser";

    protected override OperationDeclaration<TagUserRequest> Declaration { get; } = new()
    {
        Action = "iam:TagUser",
        ReadOnly = false,
        Resources = (request, call) => [IamArn.User(call.AccountId, IamPath.Root, request.UserName)],
        RequestTags = request => IamTags.ToDictionary(request.Tags),
    };

    protected override async Task<EmptyResponse> HandleAsync(TagUserRequest request, CallContext call, CancellationToken cancellationToken)
    {
        IamTags.CheckRequested(request.Tags);
        await StoreRetry.RunAsync(async token =>
        {
            var current = await users.RequireAsync(call.AccountId, request.UserName, token);
            var updated = current.User with { Tags = IamTags.Merge(current.User.Tags, request.Tags, "User") };
            return await store.CommitAsync([.. UserDirectory.Replace(current, updated)], token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
