using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Rampart.Tests.Waf.Gateway;

/// <summary>Reads back the 8-bit grayscale, unfiltered PNG files the CAPTCHA draws, checking every chunk's CRC.</summary>
public static class PngImage
{
    public static (int Width, int Height) Size(byte[] png)
    {
        var header = Chunks(png).Single(chunk => chunk.Type == "IHDR").Data;
        return (BinaryPrimitives.ReadInt32BigEndian(header), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)));
    }

    public static byte[,] Pixels(byte[] png)
    {
        var (width, height) = Size(png);
        var header = Chunks(png).Single(chunk => chunk.Type == "IHDR").Data;
        Assert.Equal([8, 0, 0, 0, 0], header[8..]);
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream([.. Chunks(png).Where(chunk => chunk.Type == "IDAT").SelectMany(chunk => chunk.Data)]), CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }
        var raw = inflated.ToArray();
        Assert.Equal((width + 1) * height, raw.Length);
        var pixels = new byte[width, height];
        for (var y = 0; y < height; y++)
        {
            Assert.Equal(0, raw[y * (width + 1)]);
            for (var x = 0; x < width; x++)
            {
                pixels[x, y] = raw[(y * (width + 1)) + 1 + x];
            }
        }
        return pixels;
    }

    private static IEnumerable<(string Type, byte[] Data)> Chunks(byte[] png)
    {
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        var offset = 8;
        while (offset < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png[(offset + 8)..(offset + 8 + length)];
            Assert.Equal(Crc32(png.AsSpan(offset + 4, 4 + length)), BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length)));
            yield return (type, data);
            offset += 12 + length;
        }
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
            }
        }
        return crc ^ 0xFFFFFFFF;
    }
}
