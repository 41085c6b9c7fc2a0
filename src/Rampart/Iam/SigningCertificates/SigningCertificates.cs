using Rampart.Iam.UserCredentials;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.SigningCertificates;

/// <summary>Users' signing certificates (collection "iam.signing-certificate") and, per account, the thumbprints in
/// use (collection "iam.signing-certificate-thumbprint"), written together so that a certificate belongs to one user.</summary>
public sealed class SigningCertificates(IStore store) : IUserCredentials<SigningCertificateRecord>
{
    public const string Collection = "iam.signing-certificate";
    public const string ThumbprintCollection = "iam.signing-certificate-thumbprint";

    /// <summary>IAM's quota of signing certificates per user.</summary>
    public const int MaxPerUser = 2;

    public UserOwnedItems<SigningCertificateRecord> Items { get; } = new(store, Collection);

    public static ItemKey ThumbprintKey(string accountId, string thumbprint) => new(ThumbprintCollection, accountId, thumbprint);

    public async ValueTask<Versioned<SigningCertificateRecord>> RequireAsync(string accountId, string userId, string certificateId, CancellationToken cancellationToken) =>
        await Items.FindAsync(accountId, userId, certificateId, cancellationToken)
        ?? throw Common.IamErrors.NoSuchEntity($"The Certificate with id {certificateId} cannot be found.");

    /// <summary>The thumbprint's entry goes with the certificate, freeing it for another user.</summary>
    public IEnumerable<StoreWrite> AlsoDeleted(string accountId, SigningCertificateRecord record) => [new StoreWrite.Delete(ThumbprintKey(accountId, record.Thumbprint))];
}
