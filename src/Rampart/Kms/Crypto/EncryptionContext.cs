using System.Buffers.Binary;
using System.Text;

namespace Rampart.Kms.Crypto;

/// <summary>The encryption context as authenticated data: the pairs sorted by key (ordinal) and length-prefixed,
/// so any difference in keys, values or their boundaries changes the bytes, while the order they were sent in does not.</summary>
public static class EncryptionContext
{
    public static byte[] Canonical(IReadOnlyDictionary<string, string>? context)
    {
        using var buffer = new MemoryStream();
        Span<byte> length = stackalloc byte[4];
        foreach (var (key, value) in (context ?? new Dictionary<string, string>()).OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            foreach (var text in (string[])[key, value])
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
                buffer.Write(length);
                buffer.Write(bytes);
            }
        }
        return buffer.ToArray();
    }
}
