using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Rampart.Storage;
using Rampart.Storage.Items;
using Rampart.Storage.Secrets;

namespace Rampart.Identity.Sessions;

/// <summary>Issues temporary credentials: an ASIA access key ID, a secret, and a session token of 64 random bytes,
/// which nobody can guess, forge or alter into another valid one; the request must present it exactly (the signature
/// check compares it in constant time). Secret and token are stored encrypted and bound to the key ID.</summary>
public sealed class TemporaryCredentials(IStore store, SecretProtector secrets)
{
    public const string AccessKeyPrefix = "ASIA";

    private const int TokenBytes = 64;

    public static ItemKey KeyOf(string accessKeyId) => new(SessionCollections.Session, "", accessKeyId);

    public async ValueTask<IssuedCredentials> IssueAsync(SessionGrant grant, CancellationToken cancellationToken)
    {
        var accessKeyId = CredentialGenerator.UniqueId(AccessKeyPrefix)[..20];
        var secret = CredentialGenerator.SecretAccessKey();
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(TokenBytes));
        var record = new SessionRecord(
            accessKeyId,
            AccessKeySecret.Protect(secrets, accessKeyId, secret),
            Protect(accessKeyId, token),
            grant.Type, grant.AccountId, grant.Arn, grant.UserId, grant.UserName, grant.RoleArn, grant.RoleName,
            grant.SourceUserId, grant.SourceUserName, grant.IssuedAt, grant.Expiration, grant.MfaAuthenticatedAt,
            grant.SessionPolicyDocuments, grant.SessionPolicyArns, grant.AlwaysHasSessionPolicies, grant.Tags, grant.TransitiveTags,
            grant.SourceIdentity)
        {
            FederatedProvider = grant.FederatedProvider,
        };
        await store.CommitAsync([new StoreWrite.Put(KeyOf(accessKeyId), JsonSerializer.Serialize(record), StoreWrite.Absent)], cancellationToken);
        return new IssuedCredentials(accessKeyId, secret, token, grant.Expiration);
    }

    public async ValueTask<SessionRecord?> FindAsync(string accessKeyId, CancellationToken cancellationToken) =>
        accessKeyId.StartsWith(AccessKeyPrefix, StringComparison.Ordinal)
        && await store.GetAsync(KeyOf(accessKeyId), cancellationToken) is { } item
            ? JsonSerializer.Deserialize<SessionRecord>(item.Json)
            : null;

    public string SecretOf(SessionRecord session) => AccessKeySecret.Unprotect(secrets, session.AccessKeyId, session.SecretCiphertext);

    public string TokenOf(SessionRecord session) =>
        Encoding.UTF8.GetString(secrets.Unprotect(Convert.FromBase64String(session.TokenCiphertext), AssociatedData(session.AccessKeyId)));

    private string Protect(string accessKeyId, string token) =>
        Convert.ToBase64String(secrets.Protect(Encoding.UTF8.GetBytes(token), AssociatedData(accessKeyId)));

    /// <summary>Distinct from the secret's associated data, so the two ciphertexts cannot stand in for each other.</summary>
    private static byte[] AssociatedData(string accessKeyId) => Encoding.UTF8.GetBytes("session-token:" + accessKeyId);
}
