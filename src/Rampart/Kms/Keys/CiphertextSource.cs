using Rampart.Kms.Common;
using Rampart.Kms.Crypto;
using Rampart.Kms.Enforcement;
using Rampart.Operations;

namespace Rampart.Kms.Keys;

/// <summary>Which key a ciphertext is to be decrypted with: the key its blob names (a symmetric blob of this
/// server; for a multi-Region key, its related key in the caller's Region), else the KeyId the caller gave
/// (asymmetric ciphertexts carry nothing).</summary>
public static class CiphertextSource
{
    /// <summary>The key ARN authorization evaluates for a decryption.</summary>
    public static string AuthorizedArn(byte[]? ciphertext, string? keyId, KeyArnResolver arns, CallContext call) =>
        ciphertext is not null && CiphertextBlob.TryRead(ciphertext) is { } blob ? InCallerRegion(blob.KeyArn, call)
        : keyId is not null ? arns.KeyArn(keyId, call)
        : "*";

    /// <summary>Reads a symmetric blob made in the caller's region (or by a related multi-Region key elsewhere);
    /// InvalidCiphertextException for anything else.</summary>
    public static (CiphertextBlob Blob, KeyReference Key) ReadSymmetric(byte[] ciphertext, CallContext call)
    {
        var blob = CiphertextBlob.TryRead(ciphertext) ?? throw KmsErrors.InvalidCiphertext();
        KeyReference reference;
        try
        {
            reference = KeyReference.Parse(InCallerRegion(blob.KeyArn, call), call);
        }
        catch (Protocol.AwsException)
        {
            throw KmsErrors.InvalidCiphertext();
        }
        return reference.Region == call.Region && !reference.IsAlias ? (blob, reference) : throw KmsErrors.InvalidCiphertext();
    }

    /// <summary>A multi-Region key's ciphertext decrypts with the related key of the caller's Region, which shares its material.</summary>
    private static string InCallerRegion(string keyArn, CallContext call)
    {
        var fields = keyArn.Split(':', 6);
        return fields.Length == 6 && fields[3] != call.Region && fields[5].StartsWith("key/" + KeyReference.MultiRegionPrefix, StringComparison.Ordinal)
            ? KmsArn.Key(call.Region, fields[4], fields[5][4..])
            : keyArn;
    }
}
