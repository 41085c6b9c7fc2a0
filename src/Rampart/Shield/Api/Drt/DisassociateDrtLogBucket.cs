using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Shield.Api.Subscriptions;
using Rampart.Storage;

namespace Rampart.Shield.Api.Drt;

/// <summary>Stops the Shield Response Team reading a log bucket.</summary>
public sealed class DisassociateDrtLogBucket(IStore store) : ShieldOperation<LogBucketRequest, EmptyResponse>
{
    public override string Name => "DisassociateDRTLogBucket";

    protected override OperationDeclaration<LogBucketRequest> Declaration { get; } = new()
    {
        Action = "shield:DisassociateDRTLogBucket",
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
            return account.DrtLogBuckets.Contains(request.LogBucket)
                ? account with { DrtLogBuckets = [.. account.DrtLogBuckets.Where(bucket => bucket != request.LogBucket)] }
                : throw ShieldErrors.NotFound("log bucket");
        }, cancellationToken);
        return new EmptyResponse();
    }
}
