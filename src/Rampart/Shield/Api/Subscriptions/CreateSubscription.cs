using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Storage;

namespace Rampart.Shield.Api.Subscriptions;

/// <summary>Subscribes the account to Shield Advanced for one year, renewing automatically.</summary>
public sealed class CreateSubscription(IStore store) : ShieldOperation<EmptyRequest, EmptyResponse>
{
    public const int CommitmentSeconds = 31_536_000;

    public override string Name => "CreateSubscription";

    protected override OperationDeclaration<EmptyRequest> Declaration { get; } = new()
    {
        Action = "shield:CreateSubscription",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(EmptyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new ShieldAccounts(store).UpdateAsync(call.AccountId, account => account.Subscription is not null
            ? throw new Protocol.AwsException("ResourceAlreadyExistsException", "The subscription already exists.")
            : account with
            {
                Subscription = new SubscriptionRecord(
                    Guid.NewGuid().ToString("N")[..12], call.Time, call.Time.AddSeconds(CommitmentSeconds), "ENABLED"),
            }, cancellationToken);
        return new EmptyResponse();
    }
}
