using System.Buffers.Binary;
using System.Text;

namespace Rampart.Kms.Crypto;

/// <summary>The symmetric ciphertext blob:
/// <c>format (1) | key ARN length (1) | key ARN (UTF-8) | material version (4) | nonce (12) | ciphertext | tag (16)</c>.
/// It names the key and its material version, so Decrypt needs no KeyId; everything before the nonce is
/// authenticated together with the encryption context. A read blob views the caller's bytes without copying them.</summary>
public sealed record CiphertextBlob(string KeyArn, int MaterialVersion, ReadOnlyMemory<byte> Bytes, int HeaderLength)
{
    public const byte Format = 1;
    public const int NonceSize = 12;
    public const int TagSize = 16;

    private const int VersionSize = 4;

    public ReadOnlyMemory<byte> Header => Bytes[..HeaderLength];

    public ReadOnlyMemory<byte> Nonce => Bytes.Slice(HeaderLength, NonceSize);

    public ReadOnlyMemory<byte> Ciphertext => Bytes[(HeaderLength + NonceSize)..^TagSize];

    public ReadOnlyMemory<byte> Tag => Bytes[^TagSize..];

    /// <summary>A blob of this key and version with room for <paramref name="ciphertextLength"/> bytes: the header
    /// written, the nonce, ciphertext and tag left to the cipher.</summary>
    public static byte[] Allocate(string keyArn, int materialVersion, int ciphertextLength, out int headerLength)
    {
        var arnLength = Encoding.UTF8.GetByteCount(keyArn);
        headerLength = 2 + arnLength + VersionSize;
        var blob = new byte[headerLength + NonceSize + ciphertextLength + TagSize];
        blob[0] = Format;
        blob[1] = checked((byte)arnLength);
        Encoding.UTF8.GetBytes(keyArn, blob.AsSpan(2, arnLength));
        BinaryPrimitives.WriteInt32BigEndian(blob.AsSpan(2 + arnLength), materialVersion);
        return blob;
    }

    /// <summary>Reads a blob this server made; null for anything else (then the caller reports InvalidCiphertextException).</summary>
    public static CiphertextBlob? TryRead(byte[] blob)
    {
        if (blob.Length < 2 || blob[0] != Format)
        {
            return null;
        }
        var headerLength = 2 + blob[1] + VersionSize;
        if (blob.Length < headerLength + NonceSize + TagSize)
        {
            return null;
        }
        string arn;
        try
        {
            arn = new UTF8Encoding(false, true).GetString(blob, 2, blob[1]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        if (!arn.StartsWith("arn:aws:kms:", StringComparison.Ordinal))
        {
            return null;
        }
        return new CiphertextBlob(arn, BinaryPrimitives.ReadInt32BigEndian(blob.AsSpan(2 + blob[1])), blob, headerLength);
    }
}
