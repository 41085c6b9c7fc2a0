using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Storage;

namespace Rampart.Shield.Api.Subscriptions;

public sealed record UpdateSubscriptionRequest(string? AutoRenew);

/// <summary>Turns automatic renewal on or off, which AWS allows only in the last 30 days of the commitment.</summary>
public sealed class UpdateSubscription(IStore store) : ShieldOperation<UpdateSubscriptionRequest, EmptyResponse>
{
    private static readonly TimeSpan ChangeWindow = TimeSpan.FromDays(30);

    public override string Name => "UpdateSubscription";

    protected override OperationDeclaration<UpdateSubscriptionRequest> Declaration { get; } = new()
    {
        Action = "shield:UpdateSubscription",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(UpdateSubscriptionRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new ShieldAccounts(store).UpdateSubscribedAsync(call.AccountId, account =>
        {
            var subscription = account.Subscription!;
            if (request.AutoRenew is null || request.AutoRenew == subscription.AutoRenew)
            {
                return account;
            }
            if (subscription.EndTime - call.Time > ChangeWindow)
            {
                throw ShieldErrors.Locked();
            }
            return account with { Subscription = subscription with { AutoRenew = request.AutoRenew } };
        }, cancellationToken);
        return new EmptyResponse();
    }
}
