using System.Buffers.Binary;
using System.Text;

namespace Rampart.Kms.Crypto;

/// <summary>The encryption context as authenticated data: the pairs sorted by key (ordinal) and length-prefixed,
/// so any difference in keys, values or their boundaries changes the bytes, while the order they were sent in does not.</summary>
public static class EncryptionContext
{
    public static byte[] Canonical(IReadOnlyDictionary<string, string>? context)
    {
        if (context is null || context.Count == 0)
        {
            return [];
        }
        var pairs = context.ToArray();
        Array.Sort(pairs, (left, right) => string.CompareOrdinal(left.Key, right.Key));
        var size = 0;
        foreach (var (key, value) in pairs)
        {
            size += 8 + Encoding.UTF8.GetByteCount(key) + Encoding.UTF8.GetByteCount(value);
        }
        var canonical = new byte[size];
        var rest = canonical.AsSpan();
        foreach (var (key, value) in pairs)
        {
            rest = WritePrefixed(rest, key);
            rest = WritePrefixed(rest, value);
        }
        return canonical;
    }

    private static Span<byte> WritePrefixed(Span<byte> destination, string text)
    {
        var length = Encoding.UTF8.GetBytes(text, destination[4..]);
        BinaryPrimitives.WriteInt32BigEndian(destination, length);
        return destination[(4 + length)..];
    }
}
