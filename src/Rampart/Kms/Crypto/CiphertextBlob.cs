using System.Buffers.Binary;
using System.Text;

namespace Rampart.Kms.Crypto;

/// <summary>The symmetric ciphertext blob:
/// <c>format (1) | key ARN length (1) | key ARN (UTF-8) | material version (4) | nonce (12) | ciphertext | tag (16)</c>.
/// It names the key and its material version, so Decrypt needs no KeyId; everything before the nonce is
/// authenticated together with the encryption context.</summary>
public sealed record CiphertextBlob(string KeyArn, int MaterialVersion, byte[] Header, byte[] Nonce, byte[] Ciphertext, byte[] Tag)
{
    public const byte Format = 1;
    public const int NonceSize = 12;
    public const int TagSize = 16;

    public static byte[] HeaderFor(string keyArn, int materialVersion)
    {
        var arn = Encoding.UTF8.GetBytes(keyArn);
        var header = new byte[2 + arn.Length + 4];
        header[0] = Format;
        header[1] = checked((byte)arn.Length);
        arn.CopyTo(header, 2);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(2 + arn.Length), materialVersion);
        return header;
    }

    public byte[] ToBytes() => [.. Header, .. Nonce, .. Ciphertext, .. Tag];

    /// <summary>Reads a blob this server made; null for anything else (then the caller reports InvalidCiphertextException).</summary>
    public static CiphertextBlob? TryRead(byte[] blob)
    {
        if (blob.Length < 2 || blob[0] != Format)
        {
            return null;
        }
        var headerLength = 2 + blob[1] + 4;
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
        var version = BinaryPrimitives.ReadInt32BigEndian(blob.AsSpan(2 + blob[1]));
        var ciphertextLength = blob.Length - headerLength - NonceSize - TagSize;
        return new CiphertextBlob(
            arn,
            version,
            blob[..headerLength],
            blob[headerLength..(headerLength + NonceSize)],
            blob[(headerLength + NonceSize)..(headerLength + NonceSize + ciphertextLength)],
            blob[^TagSize..]);
    }
}
