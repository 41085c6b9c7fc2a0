using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Shield.Api.Subscriptions;
using Rampart.Storage;

namespace Rampart.Shield.Api.Drt;

/// <summary>Revokes the Shield Response Team's role.</summary>
public sealed class DisassociateDrtRole(IStore store) : ShieldOperation<EmptyRequest, EmptyResponse>
{
    public override string Name => "DisassociateDRTRole";

    protected override OperationDeclaration<EmptyRequest> Declaration { get; } = new()
    {
        Action = "shield:DisassociateDRTRole",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(EmptyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new ShieldAccounts(store).UpdateSubscribedAsync(call.AccountId, account => account with { DrtRoleArn = null }, cancellationToken);
        return new EmptyResponse();
    }
}
