using Rampart.Iam.Common;
using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Passwords;

/// <summary>Gives a user a console password (or, in a root session, the root user a login profile), which must satisfy the account's password policy.</summary>
public sealed class CreateLoginProfile(IStore store) : Operation<CreateLoginProfileRequest, LoginProfileResponse>
{
    private readonly UserDirectory users = new(store);
    private readonly PasswordPolicyStore policies = new(store);

    public override string Service => "iam";

    public override string Name => "CreateLoginProfile";

    protected override OperationDeclaration<CreateLoginProfileRequest> Declaration { get; } = new()
    {
        Action = "iam:CreateLoginProfile",
        ReadOnly = false,
        Resources = (request, call) => [CallerUser.Arn(request.UserName, call)],
    };

    protected override async Task<LoginProfileResponse> HandleAsync(CreateLoginProfileRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (CallerUser.IsRootSession(request.UserName, call))
        {
            return await CreateRootProfileAsync(request, call, cancellationToken);
        }
        var userName = CallerUser.NameOrCaller(request.UserName, call);
        var password = request.Password ?? throw IamErrors.Validation("Password is required to create a login profile.");
        var user = await users.RequireAsync(call.AccountId, userName, cancellationToken);
        PasswordRules.Check(password, await policies.FindAsync(call.AccountId, cancellationToken));
        var now = IamClock.ToSeconds(call.Time);
        var blank = new LoginProfileRecord(user.User.UserId, now, "", request.PasswordResetRequired ?? false, now, PasswordHistory.Empty());
        var profile = LoginProfiles.WithPassword(blank, password, now);
        await IamConflicts.CreatingAsync(
            () => store.CommitAsync(
            [
                new StoreWrite.Check(UserDirectory.NameKey(call.AccountId, user.User.UserName), user.Version),
                new StoreWrite.Put(LoginProfiles.KeyOf(call.AccountId, user.User.UserId), IamJson.Write(profile), StoreWrite.Absent),
            ], cancellationToken),
            key => key.Collection == IamCollections.LoginProfile ? IamErrors.EntityAlreadyExists($"Login Profile for user {user.User.UserName} already exists.") : null);
        return new LoginProfileResponse(new LoginProfileOutput(user.User.UserName, profile.CreateDate, profile.PasswordResetRequired));
    }

    /// <summary>A root session (IAMCreateRootUserPassword) gives the root user a login profile: IAM requires the
    /// password be left out, and the root user then sets one through password recovery.</summary>
    private async Task<LoginProfileResponse> CreateRootProfileAsync(CreateLoginProfileRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (request.Password is not null)
        {
            throw IamErrors.Validation("Password must be omitted when creating a login profile with an AssumeRoot session.");
        }
        var profile = await new RootLoginProfile(store).CreateAsync(call.AccountId, request.PasswordResetRequired ?? false, IamClock.ToSeconds(call.Time), cancellationToken);
        return new LoginProfileResponse(new LoginProfileOutput(call.AccountId, profile.CreateDate, profile.PasswordResetRequired));
    }
}
