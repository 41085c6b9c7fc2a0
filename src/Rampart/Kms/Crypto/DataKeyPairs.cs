using System.Security.Cryptography;
using Rampart.Kms.Common;
using Rampart.Kms.Keys;

namespace Rampart.Kms.Crypto;

/// <summary>Data key pairs: a fresh RSA or ECC key pair as a PKCS#8 private key and a DER SubjectPublicKeyInfo.</summary>
public static class DataKeyPairs
{
    public sealed record Pair(byte[] PrivateKey, byte[] PublicKey);

    public static Pair Generate(string keyPairSpec)
    {
        byte[] privateKey = keyPairSpec switch
        {
            "RSA_2048" => KeyMaterialGenerator.GenerateRsa(2048),
            "RSA_3072" => KeyMaterialGenerator.GenerateRsa(3072),
            "RSA_4096" => KeyMaterialGenerator.GenerateRsa(4096),
            _ when EccCurves.Of(keyPairSpec) is not null => KeyMaterialGenerator.GenerateEcc(keyPairSpec),
            "SM2" or "ECC_NIST_EDWARDS25519" => throw KmsErrors.Unsupported($"KeyPairSpec {keyPairSpec} is not supported by this server."),
            _ => throw KmsErrors.Validation($"1 validation error detected: Value '{keyPairSpec}' at 'keyPairSpec' failed to satisfy constraint: Member must satisfy enum value set"),
        };
        var family = keyPairSpec.StartsWith("RSA", StringComparison.Ordinal) ? KeyFamily.Rsa : KeyFamily.Ecc;
        return new Pair(privateKey, PublicKeys.SubjectPublicKeyInfo(family, privateKey));
    }

    public static void Wipe(Pair pair) => CryptographicOperations.ZeroMemory(pair.PrivateKey);
}
