using Rampart.Storage.Items;

namespace Rampart.Iam.UserCredentials;

/// <summary>One kind of credential a user owns: where its records live, IAM's error for an ID the user does not
/// own, and what else goes when one is deleted.</summary>
public interface IUserCredentials<TRecord>
{
    UserOwnedItems<TRecord> Items { get; }

    /// <summary>The user's credential with that ID, or IAM's NoSuchEntity in the kind's own wording.</summary>
    ValueTask<Versioned<TRecord>> RequireAsync(string accountId, string userId, string id, CancellationToken cancellationToken);

    /// <summary>Writes beside the record's own deletion (an index entry that names it).</summary>
    IEnumerable<StoreWrite> AlsoDeleted(string accountId, TRecord record) => [];
}
