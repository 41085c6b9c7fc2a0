using Rampart.Iam.Common;
using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Passwords;

/// <summary>An administrator sets a user's password or its reset flag. The password policy applies (reuse
/// prevention included), as it does in IAM.</summary>
public sealed class UpdateLoginProfile(IStore store) : Operation<UpdateLoginProfileRequest, EmptyResponse>
{
    private readonly UserDirectory users = new(store);
    private readonly LoginProfiles profiles = new(store);
    private readonly PasswordPolicyStore policies = new(store);

    public override string Service => "iam";

    public override string Name => "UpdateLoginProfile";

    protected override OperationDeclaration<UpdateLoginProfileRequest> Declaration { get; } = new()
    {
        Action = "iam:UpdateLoginProfile",
        ReadOnly = false,
        Resources = (request, call) => [IamArn.User(call.AccountId, IamPath.Root, request.UserName)],
    };

    protected override async Task<EmptyResponse> HandleAsync(UpdateLoginProfileRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var user = await users.RequireAsync(call.AccountId, request.UserName, cancellationToken);
        var (profile, version) = await profiles.RequireAsync(call.AccountId, user.User.UserId, user.User.UserName, cancellationToken);
        var updated = profile with { PasswordResetRequired = request.PasswordResetRequired ?? profile.PasswordResetRequired };
        if (request.Password is { } password)
        {
            var policy = await policies.FindAsync(call.AccountId, cancellationToken);
            PasswordChange.CheckNew(password, profile, policy);
            updated = LoginProfiles.WithPassword(updated, password, IamClock.ToSeconds(call.Time));
        }
        await IamConflicts.CreatingAsync(
            () => store.PutAsync(LoginProfiles.KeyOf(call.AccountId, user.User.UserId), IamJson.Write(updated), version, cancellationToken),
            _ => null);
        return EmptyResponse.Instance;
    }
}
