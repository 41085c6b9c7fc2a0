using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Shield.Api.Subscriptions;
using Rampart.Storage;

namespace Rampart.Shield.Api.Drt;

/// <summary>Lets the Shield Response Team read an S3 bucket of flow logs (at most 10 buckets; needs the DRT role).</summary>
public sealed class AssociateDrtLogBucket(IStore store) : ShieldOperation<LogBucketRequest, EmptyResponse>
{
    public const int MaxLogBuckets = 10;

    public override string Name => "AssociateDRTLogBucket";

    protected override OperationDeclaration<LogBucketRequest> Declaration { get; } = new()
    {
        Action = "shield:AssociateDRTLogBucket",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(LogBucketRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new ShieldAccounts(store).UpdateSubscribedAsync(call.AccountId, account =>
        {
            if (account.DrtRoleArn is null)
            {
                throw ShieldErrors.NoAssociatedRole();
            }
            if (account.DrtLogBuckets.Contains(request.LogBucket))
            {
                return account;
            }
            return account.DrtLogBuckets.Count >= MaxLogBuckets
                ? throw ShieldErrors.LimitsExceeded("LOG_BUCKETS", MaxLogBuckets)
                : account with { DrtLogBuckets = [.. account.DrtLogBuckets, request.LogBucket] };
        }, cancellationToken);
        return new EmptyResponse();
    }
}
