using System.Security.Cryptography;
using Rampart.Iam.Common;
using Rampart.Iam.UserCredentials;
using Rampart.Storage;

namespace Rampart.Iam.ServiceCredentials;

/// <summary>Users' service-specific credentials (collection "iam.service-credential") and the secrets IAM hands out
/// for them.</summary>
public sealed class ServiceCredentials(IStore store) : IUserCredentials<ServiceCredentialRecord>
{
    public const string Collection = "iam.service-credential";

    /// <summary>IAM's quota of service-specific credentials per user and service.</summary>
    public const int MaxPerUserPerService = 2;

    private const string PasswordAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";

    public UserOwnedItems<ServiceCredentialRecord> Items { get; } = new(store, Collection);

    public async ValueTask<Versioned<ServiceCredentialRecord>> RequireAsync(string accountId, string userId, string credentialId, CancellationToken cancellationToken) =>
        await Items.FindAsync(accountId, userId, credentialId, cancellationToken)
        ?? throw IamErrors.NoSuchEntity($"No such credential {credentialId} exists");

    /// <summary>A new random secret: 44 characters for passwords, a longer base64 secret for API keys.</summary>
    public static string NewSecret(string serviceName) => CredentialServices.IsApiKey(serviceName)
        ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(48))
        : RandomNumberGenerator.GetString(PasswordAlphabet, 44);

    /// <summary>The secret in the members the service's kind of credential uses.</summary>
    public static ServiceSpecificCredentialOutput Output(ServiceCredentialRecord record, string userName, string secret, DateTimeOffset now) => new(
        record.CreateDate, record.ExpirationDate, record.ServiceName, record.ServiceUserName,
        CredentialServices.IsApiKey(record.ServiceName) ? null : secret,
        record.ServiceCredentialAlias,
        CredentialServices.IsApiKey(record.ServiceName) ? secret : null,
        record.ServiceSpecificCredentialId, userName, record.StatusAt(now));
}
