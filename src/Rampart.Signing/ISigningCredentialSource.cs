namespace Rampart.Signing;

/// <summary>Looks up access keys for the verifier; implemented by the host over its store.</summary>
public interface ISigningCredentialSource
{
    /// <summary>The credential with this access key ID, or null when there is none.</summary>
    ValueTask<SigningCredential?> FindAsync(string accessKeyId, CancellationToken ct);
}
