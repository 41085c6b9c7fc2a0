using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Storage;
using Rampart.Waf;

namespace Rampart.Shield.Api.Protections;

/// <summary>Turns on automatic mitigation of application layer attacks on a protected resource.</summary>
public sealed class EnableApplicationLayerAutomaticResponse(IStore store, IWebAclSource webAcls) : ShieldOperation<AutomaticResponseRequest, EmptyResponse>
{
    public override string Name => "EnableApplicationLayerAutomaticResponse";

    protected override OperationDeclaration<AutomaticResponseRequest> Declaration { get; } = new()
    {
        Action = "shield:EnableApplicationLayerAutomaticResponse",
        ReadOnly = false,
        Resources = (request, call) => [$"arn:aws:shield::{call.AccountId}:protection/*"],
    };

    protected override async Task<EmptyResponse> HandleAsync(AutomaticResponseRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var action = request.CheckedAction;
        await new AutomaticResponses(store, webAcls).ChangeAsync(call, request.ResourceArn, current => current is not null ? throw ShieldErrors.InvalidOperation("Application layer automatic response is already enabled for this resource; use UpdateApplicationLayerAutomaticResponse.") : new AutomaticResponse("ENABLED", action), cancellationToken);
        return new EmptyResponse();
    }
}
