using Rampart.Iam.Common;
using Rampart.Identity;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Users;

/// <summary>Describes a user; without a name, the caller (the root user gets its own shape: account ID as user
/// ID, the root ARN, the account's creation date, and no name or path).</summary>
public sealed class GetUser(IStore store) : Operation<GetUserRequest, GetUserResponse>
{
    private readonly UserDirectory users = new(store);

    public override string Service => "iam";

    public override string Name => "GetUser";

    protected override OperationDeclaration<GetUserRequest> Declaration { get; } = new()
    {
        Action = "iam:GetUser",
        ReadOnly = true,
        Resources = (request, call) => [CallerUser.Arn(request.UserName, call)],
    };

    protected override async Task<GetUserResponse> HandleAsync(GetUserRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (request.UserName is null && call.Caller.Type == PrincipalType.Root)
        {
            var account = await store.GetAsync(AccountRecord.KeyOf(call.AccountId), cancellationToken);
            var created = account is null ? call.Time : IamJson.Read<AccountRecord>(account.Json).CreateDate;
            return new GetUserResponse(new UserOutput(null, null, call.AccountId, IamArn.Root(call.AccountId), IamClock.ToSeconds(created)));
        }
        var name = CallerUser.NameOrCaller(request.UserName, call);
        var user = await users.RequireAsync(call.AccountId, name, cancellationToken);
        return new GetUserResponse(UserOutput.Full(user.User));
    }
}
