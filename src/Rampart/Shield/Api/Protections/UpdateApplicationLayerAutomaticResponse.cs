using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Storage;
using Rampart.Waf;

namespace Rampart.Shield.Api.Protections;

/// <summary>Changes the action of an enabled automatic response (Block or Count).</summary>
public sealed class UpdateApplicationLayerAutomaticResponse(IStore store, IWebAclSource webAcls) : ShieldOperation<AutomaticResponseRequest, EmptyResponse>
{
    public override string Name => "UpdateApplicationLayerAutomaticResponse";

    protected override OperationDeclaration<AutomaticResponseRequest> Declaration { get; } = new()
    {
        Action = "shield:UpdateApplicationLayerAutomaticResponse",
        ReadOnly = false,
        Resources = (request, call) => [$"arn:aws:shield::{call.AccountId}:protection/*"],
    };

    protected override async Task<EmptyResponse> HandleAsync(AutomaticResponseRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var action = request.CheckedAction;
        await new AutomaticResponses(store, webAcls).ChangeAsync(call, request.ResourceArn, current => current is null ? throw ShieldErrors.InvalidOperation("Application layer automatic response is not enabled for this resource.") : current with { Action = action }, cancellationToken);
        return new EmptyResponse();
    }
}
