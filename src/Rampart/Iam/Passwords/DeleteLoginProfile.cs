using Rampart.Iam.Common;
using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Passwords;

/// <summary>Removes a user's (or, in a root session, the root user's) console password.</summary>
public sealed class DeleteLoginProfile(IStore store) : Operation<DeleteLoginProfileRequest, EmptyResponse>
{
    private readonly UserDirectory users = new(store);

    public override string Service => "iam";

    public override string Name => "DeleteLoginProfile";

    protected override OperationDeclaration<DeleteLoginProfileRequest> Declaration { get; } = new()
    {
        Action = "iam:DeleteLoginProfile",
        ReadOnly = false,
        Resources = (request, call) => [CallerUser.Arn(request.UserName, call)],
    };

    protected override async Task<EmptyResponse> HandleAsync(DeleteLoginProfileRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (CallerUser.IsRootSession(request.UserName, call))
        {
            await new RootLoginProfile(store).DeleteAsync(call.AccountId, cancellationToken);
            return EmptyResponse.Instance;
        }
        var user = await users.RequireAsync(call.AccountId, CallerUser.NameOrCaller(request.UserName, call), cancellationToken);
        if (!await store.DeleteAsync(LoginProfiles.KeyOf(call.AccountId, user.User.UserId), cancellationToken: cancellationToken))
        {
            throw LoginProfiles.NotFound(user.User.UserName);
        }
        return EmptyResponse.Instance;
    }
}
