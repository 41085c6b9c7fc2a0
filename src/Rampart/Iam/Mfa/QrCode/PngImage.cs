using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Rampart.Iam.Mfa.QrCode;

/// <summary>Writes a QR code as a PNG (RFC 2083): 8-bit greyscale, each module a square of pixels, with the
/// four-module light border that scanners need.</summary>
public static class PngImage
{
    private const int QuietZone = 4;
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly uint[] CrcTable = BuildCrcTable();

    public static byte[] Of(QrMatrix matrix, int pixelsPerModule = 6)
    {
        var side = (matrix.Size + 2 * QuietZone) * pixelsPerModule;
        var raw = new byte[side * (side + 1)];
        for (var row = 0; row < side; row++)
        {
            var start = row * (side + 1);
            raw[start] = 0;
            var y = row / pixelsPerModule - QuietZone;
            for (var column = 0; column < side; column++)
            {
                var x = column / pixelsPerModule - QuietZone;
                var isDark = x >= 0 && y >= 0 && x < matrix.Size && y < matrix.Size && matrix[x, y];
                raw[start + 1 + column] = isDark ? (byte)0 : (byte)255;
            }
        }
        using var output = new MemoryStream();
        output.Write(Signature);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, side);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), side);
        header[8] = 8;
        header[9] = 0;
        WriteChunk(output, "IHDR", header);
        WriteChunk(output, "IDAT", Compress(raw));
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    private static byte[] Compress(byte[] raw)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }
        return compressed.ToArray();
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc(typeBytes, data));
        output.Write(number);
    }

    private static uint Crc(byte[] type, byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in type.Concat(data))
        {
            crc = CrcTable[(crc ^ value) & 0xFF] ^ (crc >> 8);
        }
        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            table[n] = c;
        }
        return table;
    }
}
