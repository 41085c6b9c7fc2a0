using Rampart.Kms.Common;

namespace Rampart.Kms.Crypto;

/// <summary>Sign and Verify's MessageType: RAW (the default) or DIGEST. EXTERNAL_MU (ML-DSA) is not supported.</summary>
public static class MessageTypes
{
    public const string Raw = "RAW";
    public const string Digest = "DIGEST";

    public static bool IsDigest(string? messageType) => messageType switch
    {
        null or Raw => false,
        Digest => true,
        _ => throw KmsErrors.InvalidKeyUsage($"MessageType {messageType} is not supported with this key."),
    };
}
