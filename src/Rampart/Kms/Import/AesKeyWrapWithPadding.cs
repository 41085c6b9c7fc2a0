using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Rampart.Kms.Import;

/// <summary>AES Key Wrap with Padding (RFC 5649) unwrapping, the second half of KMS's RSA_AES_KEY_WRAP algorithms.</summary>
public static class AesKeyWrapWithPadding
{
    private const uint AlternativeIv = 0xA65959A6;

    /// <summary>The unwrapped key material, or null when the integrity check fails.</summary>
    public static byte[]? Unwrap(byte[] kek, byte[] wrapped)
    {
        if (wrapped.Length < 16 || wrapped.Length % 8 != 0)
        {
            return null;
        }
        using var aes = Aes.Create();
        aes.Key = kek;
        var n = wrapped.Length / 8 - 1;
        byte[] a;
        byte[] r;
        if (n == 1)
        {
            var block = aes.DecryptEcb(wrapped, PaddingMode.None);
            a = block[..8];
            r = block[8..];
        }
        else
        {
            a = wrapped[..8];
            r = wrapped[8..];
            var b = new byte[16];
            for (var j = 5; j >= 0; j--)
            {
                for (var i = n; i >= 1; i--)
                {
                    var t = (ulong)(n * j + i);
                    BinaryPrimitives.WriteUInt64BigEndian(a, BinaryPrimitives.ReadUInt64BigEndian(a) ^ t);
                    a.CopyTo(b, 0);
                    Array.Copy(r, (i - 1) * 8, b, 8, 8);
                    var decrypted = aes.DecryptEcb(b, PaddingMode.None);
                    Array.Copy(decrypted, 0, a, 0, 8);
                    Array.Copy(decrypted, 8, r, (i - 1) * 8, 8);
                }
            }
        }
        var length = BinaryPrimitives.ReadUInt32BigEndian(a.AsSpan(4));
        if (BinaryPrimitives.ReadUInt32BigEndian(a) != AlternativeIv || length > r.Length || length <= r.Length - 8)
        {
            return null;
        }
        return r.AsSpan((int)length).IndexOfAnyExcept((byte)0) >= 0 ? null : r[..(int)length];
    }
}
