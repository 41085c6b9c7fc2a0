using Rampart.Signing;

namespace Rampart.Identity;

/// <summary>One kind of AWS credential the server accepts: long-term access keys here, temporary session
/// credentials from STS. Implementations are discovered at start-up; <see cref="CredentialDirectory"/> asks them
/// in turn and caches the answers. The credential's <see cref="SigningCredential.Principal"/> must be the
/// <see cref="Principal"/> the key acts as.</summary>
public interface ICredentialProvider
{
    /// <summary>The store collections whose changes can change this provider's answers (keys, their owners, tags).</summary>
    IReadOnlyCollection<string> SourceCollections { get; }

    ValueTask<SigningCredential?> FindAsync(string accessKeyId, CancellationToken cancellationToken);
}
