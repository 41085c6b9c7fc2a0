using System.Formats.Asn1;
using System.Security.Cryptography;
using Rampart.Kms.Common;

namespace Rampart.Kms.Crypto;

/// <summary>ML-DSA keys (FIPS 204) through .NET's MLDsa. The material is the 32-byte private seed (.NET's PKCS#8
/// form for ML-DSA is still experimental); signatures are pure ML-DSA with an empty context over the raw message,
/// or over a caller's μ. .NET needs OpenSSL 3.5 or later for ML-DSA on Linux; on an older host the ML-DSA key specs
/// are refused with UnsupportedOperationException.</summary>
public static class MlDsaKeys
{
    public const string SigningAlgorithm = "ML_DSA_SHAKE_256";

    public static void RequireSupported(string specName)
    {
        if (!MLDsa.IsSupported)
        {
            throw KmsErrors.Unsupported($"KeySpec {specName} is not supported on this host: ML-DSA needs OpenSSL 3.5 or later.");
        }
    }

    public static byte[] Generate(string specName)
    {
        RequireSupported(specName);
        using var key = MLDsa.GenerateKey(AlgorithmOf(specName).Algorithm);
        return key.ExportMLDsaPrivateSeed();
    }

    /// <summary>DER SubjectPublicKeyInfo with the algorithm's NIST OID and no parameters (RFC 9881).</summary>
    public static byte[] SubjectPublicKeyInfo(string specName, byte[] seed)
    {
        var (algorithm, oid) = AlgorithmOf(specName);
        using var key = MLDsa.ImportMLDsaPrivateSeed(algorithm, seed);
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteObjectIdentifier(oid);
            }
            writer.WriteBitString(key.ExportMLDsaPublicKey());
        }
        return writer.Encode();
    }

    public static byte[] Sign(string specName, byte[] seed, byte[] message, string messageType)
    {
        using var key = MLDsa.ImportMLDsaPrivateSeed(AlgorithmOf(specName).Algorithm, seed);
#pragma warning disable SYSLIB5006 // Signing a caller's μ is what KMS's EXTERNAL_MU means; .NET marks it experimental.
        return messageType == MessageTypes.ExternalMu ? key.SignMu(message) : key.SignData(message);
#pragma warning restore SYSLIB5006
    }

    public static bool Verify(string specName, byte[] seed, byte[] message, string messageType, byte[] signature)
    {
        using var key = MLDsa.ImportMLDsaPrivateSeed(AlgorithmOf(specName).Algorithm, seed);
#pragma warning disable SYSLIB5006 // See Sign.
        return messageType == MessageTypes.ExternalMu ? key.VerifyMu(message, signature) : key.VerifyData(message, signature);
#pragma warning restore SYSLIB5006
    }

    private static (MLDsaAlgorithm Algorithm, string Oid) AlgorithmOf(string specName) => specName switch
    {
        "ML_DSA_44" => (MLDsaAlgorithm.MLDsa44, "2.16.840.1.101.3.4.3.17"),
        "ML_DSA_65" => (MLDsaAlgorithm.MLDsa65, "2.16.840.1.101.3.4.3.18"),
        "ML_DSA_87" => (MLDsaAlgorithm.MLDsa87, "2.16.840.1.101.3.4.3.19"),
        _ => throw new ArgumentOutOfRangeException(nameof(specName), specName, "Not an ML-DSA key spec."),
    };
}
