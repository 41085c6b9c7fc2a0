using Rampart.Storage.Secrets;

namespace Rampart.Storage.Tests.Secrets;

/// <summary>A master key held in memory, for tests that need two distinct keys.</summary>
internal sealed class FixedMasterKeySource(byte[] key) : IMasterKeySource
{
    public string Description => "test key";

    public byte[] LoadKey() => (byte[])key.Clone();
}
