using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Storage;

namespace Rampart.Shield.Api.Subscriptions;

public sealed record DescribeSubscriptionResponse(object Subscription);

/// <summary>The account's Shield Advanced subscription: its term, renewal, limits and proactive engagement.</summary>
public sealed class DescribeSubscription(IStore store) : ShieldOperation<EmptyRequest, DescribeSubscriptionResponse>
{
    public override string Name => "DescribeSubscription";

    protected override OperationDeclaration<EmptyRequest> Declaration { get; } = new()
    {
        Action = "shield:DescribeSubscription",
        ReadOnly = true,
    };

    protected override async Task<DescribeSubscriptionResponse> HandleAsync(EmptyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var (account, subscription) = await new ShieldAccounts(store).SubscribedAsync(call.AccountId, cancellationToken);
        return new DescribeSubscriptionResponse(new
        {
            subscription.StartTime,
            subscription.EndTime,
            TimeCommitmentInSeconds = CreateSubscription.CommitmentSeconds,
            subscription.AutoRenew,
            Limits = SubscriptionLimits.ProtectedResourceTypeLimits,
            ProactiveEngagementStatus = account.ProactiveEngagementStatus,
            SubscriptionLimits = SubscriptionLimits.Describe(),
            SubscriptionArn = $"arn:aws:shield::{call.AccountId}:subscription/{subscription.Id}",
        });
    }
}
