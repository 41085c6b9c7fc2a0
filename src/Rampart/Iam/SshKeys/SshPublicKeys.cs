using Rampart.Iam.Common;
using Rampart.Iam.UserCredentials;
using Rampart.Storage;

namespace Rampart.Iam.SshKeys;

/// <summary>Users' SSH public keys (collection "iam.ssh-public-key").</summary>
public sealed class SshPublicKeys(IStore store) : IUserCredentials<SshPublicKeyRecord>
{
    public const string Collection = "iam.ssh-public-key";

    /// <summary>IAM's quota of SSH public keys per user.</summary>
    public const int MaxPerUser = 5;

    public UserOwnedItems<SshPublicKeyRecord> Items { get; } = new(store, Collection);

    public async ValueTask<Versioned<SshPublicKeyRecord>> RequireAsync(string accountId, string userId, string keyId, CancellationToken cancellationToken) =>
        await Items.FindAsync(accountId, userId, keyId, cancellationToken)
        ?? throw IamErrors.NoSuchEntity($"The Public Key with id {keyId} cannot be found.");
}
