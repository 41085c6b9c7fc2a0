using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Passwords;

/// <summary>Tells whether a user (or, in a root session, the root user) has a console password, since when, and whether it must be reset.</summary>
public sealed class GetLoginProfile(IStore store) : Operation<GetLoginProfileRequest, LoginProfileResponse>
{
    private readonly UserDirectory users = new(store);
    private readonly LoginProfiles profiles = new(store);

    public override string Service => "iam";

    public override string Name => "GetLoginProfile";

    protected override OperationDeclaration<GetLoginProfileRequest> Declaration { get; } = new()
    {
        Action = "iam:GetLoginProfile",
        ReadOnly = true,
        Resources = (request, call) => [CallerUser.Arn(request.UserName, call)],
    };

    protected override async Task<LoginProfileResponse> HandleAsync(GetLoginProfileRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (CallerUser.IsRootSession(request.UserName, call))
        {
            var root = await new RootLoginProfile(store).RequireAsync(call.AccountId, cancellationToken);
            return new LoginProfileResponse(new LoginProfileOutput(call.AccountId, root.CreateDate, root.PasswordResetRequired));
        }
        var user = await users.RequireAsync(call.AccountId, CallerUser.NameOrCaller(request.UserName, call), cancellationToken);
        var (profile, _) = await profiles.RequireAsync(call.AccountId, user.User.UserId, user.User.UserName, cancellationToken);
        return new LoginProfileResponse(new LoginProfileOutput(user.User.UserName, profile.CreateDate, profile.PasswordResetRequired));
    }
}
