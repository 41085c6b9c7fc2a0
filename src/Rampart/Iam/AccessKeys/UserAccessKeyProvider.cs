using Rampart.Iam.Common;
using Rampart.Iam.Users;
using Rampart.Identity;
using Rampart.Policy;
using Rampart.Signing;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Iam.AccessKeys;

/// <summary>Access keys of IAM users: the key acts as its user, whose current name, path and tags
/// (aws:PrincipalTag) are read from the user's record.</summary>
public sealed class UserAccessKeyProvider(IStore store, SecretProtector secrets) : ICredentialProvider
{
    private readonly AccessKeyDirectory keys = new(store);
    private readonly UserDirectory users = new(store);

    public IReadOnlyCollection<string> SourceCollections { get; } = [IdentityCollections.AccessKey, IamCollections.User];

    public async ValueTask<SigningCredential?> FindAsync(string accessKeyId, CancellationToken cancellationToken)
    {
        if (await keys.FindAsync(accessKeyId, cancellationToken) is not { Key: { UserName: { } userName } key }
            || await users.FindAsync(key.AccountId, userName, cancellationToken) is not { } found)
        {
            return null;
        }
        var user = found.User;
        var principal = new Principal(
            PrincipalType.User, user.Arn, user.AccountId, user.UserId, user.UserName, IamTags.ToDictionary(user.Tags), key.AccessKeyId, null);
        return new SigningCredential(key.AccessKeyId, AccessKeySecret.Unprotect(secrets, key.AccessKeyId, key.SecretCiphertext), principal)
        {
            IsActive = key.IsActive,
        };
    }
}
