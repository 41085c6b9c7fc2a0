using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Users;

/// <summary>Removes tags from a user; keys it does not have are ignored, as in IAM.</summary>
public sealed class UntagUser(IStore store) : Operation<UntagUserRequest, EmptyResponse>
{
    private readonly UserDirectory users = new(store);

    public override string Service => "iam";

    public override string Name => "UntagUser";

    protected override OperationDeclaration<UntagUserRequest> Declaration { get; } = new()
    {
        Action = "iam:UntagUser",
        ReadOnly = false,
        Resources = (request, call) => [IamArn.User(call.AccountId, IamPath.Root, request.UserName)],
        ContextKeys = (request, _) => new Dictionary<string, ContextValue> { ["aws:TagKeys"] = ContextValue.Multiple(request.TagKeys) },
    };

    protected override async Task<EmptyResponse> HandleAsync(UntagUserRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await StoreRetry.RunAsync(async token =>
        {
            var current = await users.RequireAsync(call.AccountId, request.UserName, token);
            var updated = current.User with { Tags = IamTags.Remove(current.User.Tags, request.TagKeys) };
            return await store.CommitAsync([.. UserDirectory.Replace(current, updated)], token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
