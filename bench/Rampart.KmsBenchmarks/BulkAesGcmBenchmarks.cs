using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Rampart.Kms.Crypto;

namespace Rampart.KmsBenchmarks;

/// <summary>The engine's bulk AES-256-GCM (what Encrypt and Decrypt do under a symmetric key's material) on 1 MB
/// messages on one thread, reported in bytes per second (run with <c>--affinity 1</c> to pin it to one core).</summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class BulkAesGcmBenchmarks
{
    public const int MessageSize = 1 << 20;
    private const string KeyArn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    private readonly byte[] material = RandomNumberGenerator.GetBytes(32);
    private readonly byte[] plaintext = RandomNumberGenerator.GetBytes(MessageSize);
    private readonly byte[] context = EncryptionContext.Canonical(new Dictionary<string, string> { ["app"] = "billing", ["stage"] = "prod" });
    private byte[] blob = [];

    [GlobalSetup]
    public void Setup() => blob = SymmetricCipher.Encrypt(material, KeyArn, 1, plaintext, context);

    [Benchmark]
    public byte[] Encrypt() => SymmetricCipher.Encrypt(material, KeyArn, 1, plaintext, context);

    [Benchmark]
    public byte[]? Decrypt() => SymmetricCipher.Decrypt(material, CiphertextBlob.TryRead(blob)!, context);

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new BytesPerSecondColumn(MessageSize));
    }
}
