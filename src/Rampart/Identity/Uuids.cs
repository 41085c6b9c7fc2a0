using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Rampart.Identity;

/// <summary>
/// Random UUIDs (RFC 9562) for request and event IDs, taken from a per-thread buffer that the cryptographic random
/// generator refills every <see cref="PerRefill"/> UUIDs: <see cref="Guid.NewGuid"/> read the kernel's random source
/// once per UUID, and every call takes two of them.
/// </summary>
public static class Uuids
{
    private const int PerRefill = 64;
    private const int Size = 16;

    [ThreadStatic] private static byte[]? randomBytes;
    [ThreadStatic] private static int taken;

    /// <summary>A version 4 UUID: 122 random bits.</summary>
    public static Guid Version4()
    {
        Span<byte> bytes = stackalloc byte[Size];
        TakeRandom(bytes);
        return Finish(bytes, version: 4);
    }

    /// <summary>A version 7 UUID: the Unix time in milliseconds, then 74 random bits, so that IDs taken later sort
    /// later (to the millisecond) and an index of them grows at its end.</summary>
    public static Guid Version7(DateTimeOffset time)
    {
        var milliseconds = time.ToUnixTimeMilliseconds();
        ArgumentOutOfRangeException.ThrowIfNegative(milliseconds, nameof(time));
        Span<byte> bytes = stackalloc byte[Size];
        TakeRandom(bytes);
        Span<byte> stamp = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64BigEndian(stamp, milliseconds);
        stamp[2..].CopyTo(bytes);
        return Finish(bytes, version: 7);
    }

    private static Guid Finish(Span<byte> bytes, int version)
    {
        bytes[6] = (byte)((bytes[6] & 0x0F) | (version << 4));
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    private static void TakeRandom(Span<byte> into)
    {
        var buffer = randomBytes ??= new byte[PerRefill * Size];
        if (taken == 0)
        {
            RandomNumberGenerator.Fill(buffer);
        }
        var from = buffer.AsSpan(taken * Size, Size);
        from.CopyTo(into);
        // Bytes handed out are not left behind for a later reader of the buffer.
        from.Clear();
        taken = (taken + 1) % PerRefill;
    }
}
