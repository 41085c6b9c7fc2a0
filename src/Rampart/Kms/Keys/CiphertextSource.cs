using Rampart.Kms.Common;
using Rampart.Kms.Crypto;
using Rampart.Kms.Enforcement;
using Rampart.Operations;

namespace Rampart.Kms.Keys;

/// <summary>Which key a ciphertext is to be decrypted with: the key its blob names (a symmetric blob of this
/// server), else the KeyId the caller gave (asymmetric ciphertexts carry nothing).</summary>
public static class CiphertextSource
{
    /// <summary>The key ARN authorization evaluates for a decryption.</summary>
    public static string AuthorizedArn(byte[]? ciphertext, string? keyId, KeyArnResolver arns, CallContext call) =>
        ciphertext is not null && CiphertextBlob.TryRead(ciphertext) is { } blob ? blob.KeyArn
        : keyId is not null ? arns.KeyArn(keyId, call)
        : "*";

    /// <summary>Reads a symmetric blob made in the caller's region; InvalidCiphertextException for anything else.</summary>
    public static (CiphertextBlob Blob, KeyReference Key) ReadSymmetric(byte[] ciphertext, CallContext call)
    {
        var blob = CiphertextBlob.TryRead(ciphertext) ?? throw KmsErrors.InvalidCiphertext();
        KeyReference reference;
        try
        {
            reference = KeyReference.Parse(blob.KeyArn, call);
        }
        catch (Protocol.AwsException)
        {
            throw KmsErrors.InvalidCiphertext();
        }
        return reference.Region == call.Region && !reference.IsAlias ? (blob, reference) : throw KmsErrors.InvalidCiphertext();
    }
}
