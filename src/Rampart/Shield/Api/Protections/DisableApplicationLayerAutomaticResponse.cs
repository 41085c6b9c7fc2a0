using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Storage;
using Rampart.Waf;

namespace Rampart.Shield.Api.Protections;

/// <summary>Turns off automatic mitigation of application layer attacks on a protected resource.</summary>
public sealed class DisableApplicationLayerAutomaticResponse(IStore store, IWebAclSource webAcls) : ShieldOperation<DisableAutomaticResponseRequest, EmptyResponse>
{
    public override string Name => "DisableApplicationLayerAutomaticResponse";

    protected override OperationDeclaration<DisableAutomaticResponseRequest> Declaration { get; } = new()
    {
        Action = "shield:DisableApplicationLayerAutomaticResponse",
        ReadOnly = false,
        Resources = (request, call) => [$"arn:aws:shield::{call.AccountId}:protection/*"],
    };

    protected override async Task<EmptyResponse> HandleAsync(DisableAutomaticResponseRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new AutomaticResponses(store, webAcls).ChangeAsync(call, request.ResourceArn, current => current is null ? throw ShieldErrors.InvalidOperation("Application layer automatic response is not enabled for this resource.") : current with { Status = "DISABLED" }, cancellationToken);
        return new EmptyResponse();
    }
}
