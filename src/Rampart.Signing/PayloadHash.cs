using System.Security.Cryptography;

namespace Rampart.Signing;

/// <summary>The payload-hash line of the canonical request and whether the x-amz-content-sha256 a client
/// declared is honest.</summary>
internal static class PayloadHash
{
    public const string UnsignedPayload = "UNSIGNED-PAYLOAD";

    public const int HexLength = 64;

    public static void ComputeHex(ReadOnlySpan<byte> body, Span<char> hex)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, hash);
        Convert.TryToHexStringLower(hash, hex, out _);
    }

    public static bool IsHex(string value)
    {
        if (value.Length != HexLength)
        {
            return false;
        }
        foreach (var c in value)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
