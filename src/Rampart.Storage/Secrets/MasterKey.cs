namespace Rampart.Storage.Secrets;

/// <summary>Facts about master keys shared by every source, and the choice of source.</summary>
public static class MasterKey
{
    /// <summary>Master keys are 256-bit AES keys.</summary>
    public const int SizeInBytes = 32;

    /// <summary>The file name of the key inside the data directory.</summary>
    public const string FileName = "master.key";

    /// <summary>
    /// The default source: a PKCS#11 token when <see cref="Pkcs11MasterKeySource.VariableName"/> holds a PKCS#11 URI,
    /// else <see cref="EnvironmentMasterKeySource.VariableName"/> when it is set, otherwise
    /// <c><paramref name="dataDirectory"/>/master.key</c>, created on first use.
    /// </summary>
    public static IMasterKeySource DefaultSource(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        if (Environment.GetEnvironmentVariable(Pkcs11MasterKeySource.VariableName) is { Length: > 0 } pkcs11)
        {
            return new Pkcs11MasterKeySource(pkcs11, Path.Combine(dataDirectory, Pkcs11MasterKeySource.WrappedKeyFileName));
        }
        return string.IsNullOrEmpty(Environment.GetEnvironmentVariable(EnvironmentMasterKeySource.VariableName))
            ? new FileMasterKeySource(Path.Combine(dataDirectory, FileName))
            : new EnvironmentMasterKeySource();
    }
}
