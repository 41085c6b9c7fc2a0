using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Storage;

namespace Rampart.Shield.Api.Subscriptions;

/// <summary>Ends a subscription, which AWS refuses during its one-year commitment (the deprecated DeleteSubscription).</summary>
public sealed class DeleteSubscription(IStore store) : ShieldOperation<EmptyRequest, EmptyResponse>
{
    public override string Name => "DeleteSubscription";

    protected override OperationDeclaration<EmptyRequest> Declaration { get; } = new()
    {
        Action = "shield:DeleteSubscription",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(EmptyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new ShieldAccounts(store).UpdateSubscribedAsync(call.AccountId, account =>
            account.Subscription!.EndTime > call.Time ? throw ShieldErrors.Locked() : account with { Subscription = null }, cancellationToken);
        return new EmptyResponse();
    }
}
