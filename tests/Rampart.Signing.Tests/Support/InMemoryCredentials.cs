namespace Rampart.Signing.Tests.Support;

/// <summary>A credential source over a fixed set of keys.</summary>
public sealed class InMemoryCredentials(params SigningCredential[] credentials) : ISigningCredentialSource
{
    public ValueTask<SigningCredential?> FindAsync(string accessKeyId, CancellationToken ct)
    {
        foreach (var credential in credentials)
        {
            if (credential.AccessKeyId == accessKeyId)
            {
                return ValueTask.FromResult<SigningCredential?>(credential);
            }
        }
        return ValueTask.FromResult<SigningCredential?>(null);
    }
}
