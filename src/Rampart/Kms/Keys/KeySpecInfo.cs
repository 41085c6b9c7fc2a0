namespace Rampart.Kms.Keys;

/// <summary>What a key spec can do: its key usages and, for each, the algorithms KeyMetadata lists.</summary>
/// <param name="Bits">The key size (RSA modulus, curve order, HMAC key or AES key length; for ML-DSA its security strength).</param>
public sealed record KeySpecInfo(
    string Name,
    KeyFamily Family,
    int Bits,
    IReadOnlyList<string> Usages,
    IReadOnlyList<string> EncryptionAlgorithms,
    IReadOnlyList<string> SigningAlgorithms,
    IReadOnlyList<string> MacAlgorithms);
