using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Rampart.Tests.Iam.QrCodes;

/// <summary>Reads a QR code back from an 8-bit greyscale PNG: finds the code's dark extent, measures the module
/// size from the top-left finder pattern's width (seven modules), and samples each module's centre.</summary>
public static class PngModules
{
    public static bool[,] Read(byte[] png)
    {
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        int width = 0, height = 0;
        using var idat = new MemoryStream();
        for (var offset = 8; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(8, data[8]);
                Assert.Equal(0, data[9]);
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }
            offset += 12 + length;
        }
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }
        var raw = inflated.ToArray();
        bool Dark(int x, int y)
        {
            Assert.Equal(0, raw[y * (width + 1)]);
            return raw[y * (width + 1) + 1 + x] < 128;
        }
        var top = Enumerable.Range(0, height).First(y => Enumerable.Range(0, width).Any(x => Dark(x, y)));
        var left = Enumerable.Range(0, width).First(x => Dark(x, top));
        var finderWidth = Enumerable.Range(left, width - left).TakeWhile(x => Dark(x, top)).Count();
        var module = finderWidth / 7.0;
        var right = Enumerable.Range(0, width).Last(x => Dark(x, top));
        var size = (int)Math.Round((right - left + 1) / module);
        var modules = new bool[size, size];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                modules[y, x] = Dark(left + (int)((x + 0.5) * module), top + (int)((y + 0.5) * module));
            }
        }
        return modules;
    }
}
