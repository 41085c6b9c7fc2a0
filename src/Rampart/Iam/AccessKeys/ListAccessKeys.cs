using Rampart.Iam.UserCredentials;
using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.AccessKeys;

/// <summary>Lists a user's (or the calling root user's) access keys without their secrets, oldest first. A user has at most two, so they page
/// in memory.</summary>
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
        IReadOnlyList<AccessKeyMetadataOutput> all;
        if (CallerUser.IsRoot(request.UserName, call))
        {
            all = [.. (await new RootAccessKeys(store).OfAccountAsync(call.AccountId, cancellationToken)).Select(AccessKeyMetadataOutput.Of)];
        }
        else
        {
            var user = await users.RequireAsync(call.AccountId, CallerUser.NameOrCaller(request.UserName, call), cancellationToken);
            all = [.. (await keys.OfOwnerAsync(call.AccountId, user.User.UserId, cancellationToken)).Select(k => AccessKeyMetadataOutput.Of(k.Key))];
        }
        var page = SmallPage.Of(all, request.Marker, request.MaxItems);
        return new ListAccessKeysResponse(page.Items, page.IsTruncated, page.Marker);
    }
}
