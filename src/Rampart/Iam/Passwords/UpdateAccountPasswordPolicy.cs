using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Passwords;

/// <summary>Sets the account's password policy; every parameter left out takes its default value.</summary>
public sealed class UpdateAccountPasswordPolicy(IStore store) : Operation<UpdateAccountPasswordPolicyRequest, EmptyResponse>
{
    public override string Service => "iam";

    public override string Name => "UpdateAccountPasswordPolicy";

    protected override OperationDeclaration<UpdateAccountPasswordPolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:UpdateAccountPasswordPolicy",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(UpdateAccountPasswordPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var policy = new PasswordPolicyRecord(
            request.MinimumPasswordLength ?? PasswordPolicyRecord.DefaultMinimumLength,
            request.RequireSymbols ?? false,
            request.RequireNumbers ?? false,
            request.RequireUppercaseCharacters ?? false,
            request.RequireLowercaseCharacters ?? false,
            request.AllowUsersToChangePassword ?? false,
            request.MaxPasswordAge ?? 0,
            request.PasswordReusePrevention ?? 0,
            request.HardExpiry ?? false);
        await store.PutAsync(PasswordPolicyStore.KeyOf(call.AccountId), IamJson.Write(policy), cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
