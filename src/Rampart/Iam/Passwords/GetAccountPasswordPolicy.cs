using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.Passwords;

/// <summary>Returns the account's password policy; an account without one gets NoSuchEntity.</summary>
public sealed class GetAccountPasswordPolicy(IStore store) : Operation<NoParametersRequest, GetAccountPasswordPolicyResponse>
{
    private readonly PasswordPolicyStore policies = new(store);

    public override string Service => "iam";

    public override string Name => "GetAccountPasswordPolicy";

    protected override OperationDeclaration<NoParametersRequest> Declaration { get; } = new()
    {
        Action = "iam:GetAccountPasswordPolicy",
        ReadOnly = true,
    };

    protected override async Task<GetAccountPasswordPolicyResponse> HandleAsync(NoParametersRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var policy = await policies.FindAsync(call.AccountId, cancellationToken) ?? throw PasswordPolicyStore.NoPolicy(call.AccountId);
        return new GetAccountPasswordPolicyResponse(PasswordPolicyOutput.Of(policy));
    }
}
