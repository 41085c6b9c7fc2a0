using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Storage;

namespace Rampart.Shield.Api.Subscriptions;

public sealed record GetSubscriptionStateResponse(string SubscriptionState);

/// <summary>Whether the account has a Shield Advanced subscription (ACTIVE) or not (INACTIVE).</summary>
public sealed class GetSubscriptionState(IStore store) : ShieldOperation<EmptyRequest, GetSubscriptionStateResponse>
{
    public override string Name => "GetSubscriptionState";

    protected override OperationDeclaration<EmptyRequest> Declaration { get; } = new()
    {
        Action = "shield:GetSubscriptionState",
        ReadOnly = true,
    };

    protected override async Task<GetSubscriptionStateResponse> HandleAsync(EmptyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var account = await new ShieldAccounts(store).GetAsync(call.AccountId, cancellationToken);
        return new GetSubscriptionStateResponse(account.Subscription is null ? "INACTIVE" : "ACTIVE");
    }
}
