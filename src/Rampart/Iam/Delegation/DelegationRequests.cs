using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Delegation;

/// <summary>Reads delegation requests as a caller may see them, and applies state changes with IAM's rules.</summary>
public sealed class DelegationRequests(IStore store)
{
    /// <summary>The request, if the caller may see it: the requestor's account, the owner account once one is set,
    /// and anyone while the request names no owner account.</summary>
    public async ValueTask<(DelegationRecord Request, long Version)> RequireVisibleAsync(string id, CallContext call, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(DelegationRecord.KeyOf(id), cancellationToken) is { } item)
        {
            var request = IamJson.Read<DelegationRecord>(item.Json);
            if (request.RequestorId == call.AccountId || request.OwnerAccountId is null || request.OwnerAccountId == call.AccountId)
            {
                return (request, item.Version);
            }
        }
        throw IamErrors.NoSuchEntity($"The delegation request with ID {id} cannot be found.");
    }

    /// <summary>Changes a request the caller's account owns (or may take), when its current state allows it.</summary>
    public async ValueTask ChangeAsync(
        string id, CallContext call, IReadOnlyCollection<string> allowedStates, Func<DelegationRecord, DelegationRecord> change, CancellationToken cancellationToken)
    {
        await StoreRetry.RunAsync(async token =>
        {
            var (request, version) = await RequireVisibleAsync(id, call, token);
            var state = request.StateAt(call.Time);
            if (!allowedStates.Contains(state))
            {
                throw IamErrors.InvalidInput($"The delegation request {id} is {state}; this operation needs it {string.Join(" or ", allowedStates)}.");
            }
            var updated = change(request) with { UpdatedTime = IamClock.ToSeconds(call.Time) };
            var writes = new List<StoreWrite> { new StoreWrite.Put(DelegationRecord.KeyOf(id), IamJson.Write(updated), version) };
            if (updated.OwnerAccountId is { } owner && updated.OwnerId is not null)
            {
                writes.Add(new StoreWrite.Put(DelegationRecord.OwnerKeyOf(owner, id), IamJson.Write(new DelegationOwnerEntry(updated.OwnerId))));
            }
            return await store.CommitAsync(writes, token);
        }, cancellationToken: cancellationToken);
    }

    /// <summary>Requires the caller to be in the owner account (the requestor cannot answer its own request).</summary>
    public static void RequireOwnerAccount(DelegationRecord request, CallContext call)
    {
        if (request.OwnerAccountId != call.AccountId)
        {
            throw IamErrors.InvalidInput($"Only the owner account of delegation request {request.DelegationRequestId} can do this.");
        }
    }
}

/// <summary>What the per-owner index holds: the owning identity's ARN.</summary>
public sealed record DelegationOwnerEntry(string OwnerId);
