namespace Rampart.Storage.Secrets;

/// <summary>
/// Where the 256-bit master key that protects secrets at rest comes from. It never sits in the database.
/// Implementations: <see cref="FileMasterKeySource"/>, <see cref="EnvironmentMasterKeySource"/>; a hardware token can
/// provide one by unwrapping a key it guards.
/// </summary>
public interface IMasterKeySource
{
    /// <summary>Where the key is kept, for start-up messages (never the key itself).</summary>
    string Description { get; }

    /// <summary>Returns a fresh copy of the 32-byte key; the caller zeroes it when done.</summary>
    /// <exception cref="MasterKeyException">The key is missing, malformed or insufficiently protected.</exception>
    byte[] LoadKey();
}
