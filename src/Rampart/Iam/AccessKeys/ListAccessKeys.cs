using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.AccessKeys;

/// <summary>Lists a user's access keys without their secrets. A user has at most two, so one page holds them all.</summary>
public sealed class ListAccessKeys(IStore store) : Operation<ListAccessKeysRequest, ListAccessKeysResponse>
{
    private readonly UserDirectory users = new(store);
    private readonly AccessKeyDirectory keys = new(store);

    public override string Service => "iam";

    public override string Name => "ListAccessKeys";

    protected override OperationDeclaration<ListAccessKeysRequest> Declaration { get; } = new()
    {
        Action = "iam:ListAccessKeys",
        ReadOnly = true,
        Resources = (request, call) => [CallerUser.Arn(request.UserName, call)],
    };

    protected override async Task<ListAccessKeysResponse> HandleAsync(ListAccessKeysRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var user = await users.RequireAsync(call.AccountId, CallerUser.NameOrCaller(request.UserName, call), cancellationToken);
        var owned = await keys.OfOwnerAsync(call.AccountId, user.User.UserId, cancellationToken);
        return new ListAccessKeysResponse([.. owned.Select(k => AccessKeyMetadataOutput.Of(k.Key))], false, null);
    }
}
