using Rampart.Operations;

namespace Rampart.Sts;

/// <summary>Tells the caller who it is. AWS answers it for every authenticated caller: no policy, not even an
/// explicit deny, blocks it.</summary>
public sealed class GetCallerIdentity : Operation<GetCallerIdentityRequest, GetCallerIdentityResponse>
{
    public override string Service => "sts";

    public override string Name => "GetCallerIdentity";

    protected override OperationDeclaration<GetCallerIdentityRequest> Declaration { get; } = new()
    {
        Action = "sts:GetCallerIdentity",
        ReadOnly = true,
        AuthorizationRequired = false,
    };

    protected override Task<GetCallerIdentityResponse> HandleAsync(
        GetCallerIdentityRequest request, CallContext call, CancellationToken cancellationToken) =>
        Task.FromResult(new GetCallerIdentityResponse(call.Caller.UserId, call.Caller.AccountId, call.Caller.Arn));
}
