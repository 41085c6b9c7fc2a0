using Rampart.Kms.Common;

namespace Rampart.Kms.Crypto;

/// <summary>Sign and Verify's MessageType: RAW (the default), DIGEST (RSA and ECDSA), or EXTERNAL_MU (ML-DSA: the
/// 64-byte message representative μ of FIPS 204, computed by the caller).</summary>
public static class MessageTypes
{
    public const string Raw = "RAW";
    public const string Digest = "DIGEST";
    public const string ExternalMu = "EXTERNAL_MU";

    private const int MuLength = 64;

    /// <summary>The message type, checked against the signing algorithm and the message.</summary>
    public static string Require(string? messageType, string signingAlgorithm, byte[] message)
    {
        var isMlDsa = signingAlgorithm == MlDsaKeys.SigningAlgorithm;
        switch (messageType ?? Raw)
        {
            case Raw:
                return Raw;
            case Digest when !isMlDsa:
                return Digest;
            case ExternalMu when isMlDsa:
                return message.Length == MuLength
                    ? ExternalMu
                    : throw KmsErrors.Validation($"Message of type {ExternalMu} must be {MuLength} bytes long.");
            default:
                throw KmsErrors.InvalidKeyUsage($"MessageType {messageType} is not supported with signing algorithm {signingAlgorithm}.");
        }
    }
}
