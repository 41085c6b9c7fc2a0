using Rampart.Iam.Common;
using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Protocol;
using Rampart.Storage;

namespace Rampart.Iam.Passwords;

/// <summary>An IAM user changes its own console password: the old one is verified (in constant time), the new one
/// must satisfy the password policy and not repeat recent ones, and a hard-expired password can only be reset by
/// an administrator.</summary>
public sealed class ChangePassword(IStore store) : Operation<ChangePasswordRequest, EmptyResponse>
{
    private readonly UserDirectory users = new(store);
    private readonly LoginProfiles profiles = new(store);
    private readonly PasswordPolicyStore policies = new(store);

    public override string Service => "iam";

    public override string Name => "ChangePassword";

    protected override OperationDeclaration<ChangePasswordRequest> Declaration { get; } = new()
    {
        Action = "iam:ChangePassword",
        ReadOnly = false,
        Resources = (_, call) => [call.Caller.Arn],
    };

    protected override async Task<EmptyResponse> HandleAsync(ChangePasswordRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (call.Caller.Type != PrincipalType.User || call.Caller.UserName is not { } userName)
        {
            throw new AwsException("InvalidUserType", "Only IAM users can change their own password with ChangePassword.", 400);
        }
        var user = await users.RequireAsync(call.AccountId, userName, cancellationToken);
        var (profile, version) = await profiles.RequireAsync(call.AccountId, user.User.UserId, user.User.UserName, cancellationToken);
        if (!LoginProfiles.Verify(request.OldPassword, profile.PasswordHash))
        {
            throw new AwsException("AccessDenied", "The old password is incorrect.", 403);
        }
        var policy = await policies.FindAsync(call.AccountId, cancellationToken);
        if (policy is { HardExpiry: true } && profile.ExpiresAt(policy) is { } expiry && expiry <= call.Time)
        {
            throw new AwsException("AccessDenied", "The password has expired and can only be reset by an administrator.", 403);
        }
        PasswordChange.CheckNew(request.NewPassword, profile, policy);
        var changed = LoginProfiles.WithPassword(profile, request.NewPassword, IamClock.ToSeconds(call.Time)) with { PasswordResetRequired = false };
        await IamConflicts.CreatingAsync(
            () => store.PutAsync(LoginProfiles.KeyOf(call.AccountId, user.User.UserId), IamJson.Write(changed), version, cancellationToken),
            _ => null);
        return EmptyResponse.Instance;
    }
}
