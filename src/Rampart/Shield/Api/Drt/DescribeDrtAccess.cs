using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Shield.Api.Subscriptions;
using Rampart.Storage;

namespace Rampart.Shield.Api.Drt;

/// <summary>The role and log buckets the Shield Response Team may use.</summary>
public sealed class DescribeDrtAccess(IStore store) : ShieldOperation<EmptyRequest, DescribeDrtAccessResponse>
{
    public override string Name => "DescribeDRTAccess";

    protected override OperationDeclaration<EmptyRequest> Declaration { get; } = new()
    {
        Action = "shield:DescribeDRTAccess",
        ReadOnly = true,
    };

    protected override async Task<DescribeDrtAccessResponse> HandleAsync(EmptyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var (account, _) = await new ShieldAccounts(store).SubscribedAsync(call.AccountId, cancellationToken);
        return new DescribeDrtAccessResponse(account.DrtRoleArn, account.DrtLogBuckets.Count > 0 ? account.DrtLogBuckets : null);
    }
}
