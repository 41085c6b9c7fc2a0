using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Passwords;

/// <summary>Removes the account's password policy; IAM's default policy applies to new passwords again.</summary>
public sealed class DeleteAccountPasswordPolicy(IStore store) : Operation<NoParametersRequest, EmptyResponse>
{
    public override string Service => "iam";

    public override string Name => "DeleteAccountPasswordPolicy";

    protected override OperationDeclaration<NoParametersRequest> Declaration { get; } = new()
    {
        Action = "iam:DeleteAccountPasswordPolicy",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(NoParametersRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (!await store.DeleteAsync(PasswordPolicyStore.KeyOf(call.AccountId), cancellationToken: cancellationToken))
        {
            throw PasswordPolicyStore.NoPolicy(call.AccountId);
        }
        return EmptyResponse.Instance;
    }
}
