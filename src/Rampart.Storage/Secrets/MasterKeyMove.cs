using System.Security.Cryptography;

namespace Rampart.Storage.Secrets;

/// <summary>Moves a data directory's master key from the key file (or <c>RAMPART_MASTER_KEY</c>) into a PKCS#11 token.
/// The same 256-bit key is wrapped under the token's key, so everything sealed under it (secret access keys, TOTP
/// seeds, KMS key material) stays readable and nothing is re-encrypted. The key file stays where it is: the operator
/// removes it once the server has started from the token.</summary>
public static class MasterKeyMove
{
    /// <summary>Wraps the current master key under the token named by <paramref name="pkcs11Uri"/>, checks that the
    /// token unwraps it back, and returns a description of where the key came from.</summary>
    /// <exception cref="MasterKeyException">There is no key to move, the directory's key is already in a token, or
    /// the token refused.</exception>
    public static string ToPkcs11(string dataDirectory, string pkcs11Uri)
    {
        var wrappedPath = Path.Combine(dataDirectory, Pkcs11MasterKeySource.WrappedKeyFileName);
        if (File.Exists(wrappedPath))
        {
            throw new MasterKeyException($"{wrappedPath} exists already: this data directory's master key is in a PKCS#11 token.");
        }
        var from = CurrentSource(dataDirectory);
        var target = new Pkcs11MasterKeySource(pkcs11Uri, wrappedPath);
        var key = from.LoadKey();
        try
        {
            target.ImportExisting(key);
            var unwrapped = target.LoadKey();
            var same = CryptographicOperations.FixedTimeEquals(key, unwrapped);
            CryptographicOperations.ZeroMemory(unwrapped);
            if (!same)
            {
                File.Delete(wrappedPath);
                throw new MasterKeyException($"The token did not give back the key it wrapped; {wrappedPath} was removed and nothing moved.");
            }
            return from.Description;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>The source the server used before the move. Unlike at start-up, a missing key file is not created:
    /// a fresh key would protect nothing.</summary>
    private static IMasterKeySource CurrentSource(string dataDirectory)
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(EnvironmentMasterKeySource.VariableName)))
        {
            return new EnvironmentMasterKeySource();
        }
        var file = new FileMasterKeySource(Path.Combine(dataDirectory, MasterKey.FileName));
        return File.Exists(file.Path)
            ? file
            : throw new MasterKeyException($"There is no master key to move: {file.Path} does not exist and {EnvironmentMasterKeySource.VariableName} is not set.");
    }
}
