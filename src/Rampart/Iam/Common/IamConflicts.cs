using Rampart.Protocol;
using Rampart.Storage.Items;

namespace Rampart.Iam.Common;

/// <summary>Turns a failed create-if-absent into IAM's EntityAlreadyExists, and other lost races into
/// IAM's ConcurrentModification.</summary>
public static class IamConflicts
{
    public static async ValueTask<T> CreatingAsync<T>(Func<ValueTask<T>> write, Func<ItemKey, AwsException?> alreadyExists)
    {
        try
        {
            return await write();
        }
        catch (ConcurrencyConflictException conflict) when (conflict.ExpectedVersion == StoreWrite.Absent)
        {
            throw alreadyExists(conflict.Key) ?? ConcurrentModification();
        }
        catch (ConcurrencyConflictException)
        {
            throw ConcurrentModification();
        }
    }

    public static AwsException ConcurrentModification() =>
        new("ConcurrentModification", "The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again.", 409);
}
