using Rampart.Signing;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Identity.Sessions;

/// <summary>Temporary credentials from STS: accepted with their session token until they expire (then the signature
/// check answers ExpiredToken), acting as the principal the session was issued for.</summary>
public sealed class SessionCredentialProvider(IStore store, SecretProtector secrets) : ICredentialProvider
{
    private readonly TemporaryCredentials sessions = new(store, secrets);

    public IReadOnlyCollection<string> SourceCollections { get; } = [SessionCollections.Session];

    public async ValueTask<SigningCredential?> FindAsync(string accessKeyId, CancellationToken cancellationToken) =>
        await sessions.FindAsync(accessKeyId, cancellationToken) is { } session
            ? new SigningCredential(accessKeyId, sessions.SecretOf(session), session.ToPrincipal())
            {
                SessionToken = sessions.TokenOf(session),
                Expiration = session.Expiration,
            }
            : null;
}
