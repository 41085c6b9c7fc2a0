using System.Text.Json;
using Rampart.Signing;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Identity;

/// <summary>Access keys of accounts' root users (stored access keys without a user name).</summary>
public sealed class RootAccessKeyProvider(IStore store, SecretProtector secrets) : ICredentialProvider
{
    public IReadOnlyCollection<string> SourceCollections { get; } = [IdentityCollections.AccessKey];

    public async ValueTask<SigningCredential?> FindAsync(string accessKeyId, CancellationToken cancellationToken)
    {
        var item = await store.GetAsync(AccessKeyRecord.KeyOf(accessKeyId), cancellationToken);
        if (item is null)
        {
            return null;
        }
        var key = JsonSerializer.Deserialize<AccessKeyRecord>(item.Json)!;
        if (key.UserName is not null)
        {
            return null;
        }
        return new SigningCredential(key.AccessKeyId, AccessKeySecret.Unprotect(secrets, key.AccessKeyId, key.SecretCiphertext), Principal.Root(key.AccountId, key.AccessKeyId))
        {
            IsActive = key.IsActive,
        };
    }
}
