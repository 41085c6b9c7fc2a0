using System.Security.Cryptography;
using Rampart.Storage.Secrets;

namespace Rampart.Tests.Sts.Federation;

/// <summary>A random master key held in memory, for sealing in-process.</summary>
public sealed class TestMasterKey : IMasterKeySource
{
    private readonly byte[] key = RandomNumberGenerator.GetBytes(32);

    public string Description => "a test key";

    public byte[] LoadKey() => [.. key];
}
