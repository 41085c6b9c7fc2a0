using System.Text;
using Rampart.Iam.Mfa.QrCode;

namespace Rampart.Tests.Iam.QrCodes;

/// <summary>Decodes a level-L byte-mode QR code from its modules, written from ISO/IEC 18004 without the encoder's
/// matrix code: reads the format information, skips the function patterns, removes the mask, reads the codewords
/// in zigzag order, undoes the block interleaving, checks every block's Reed-Solomon codewords, and reads the bytes.</summary>
public static class QrReader
{
    public static string Decode(bool[,] modules)
    {
        var size = modules.GetLength(0);
        var version = QrVersionOf(size);
        var format = 0;
        for (var i = 0; i <= 5; i++)
        {
            format |= (modules[i, 8] ? 1 : 0) << i;
        }
        format |= (modules[7, 8] ? 1 : 0) << 6 | (modules[8, 8] ? 1 : 0) << 7 | (modules[8, 7] ? 1 : 0) << 8;
        for (var i = 9; i < 15; i++)
        {
            format |= (modules[8, 14 - i] ? 1 : 0) << i;
        }
        format ^= 0x5412;
        Assert.Equal(0b01, format >> 13);
        var mask = (format >> 10) & 7;

        var reserved = Reserved(size, version);
        var bits = new List<bool>();
        for (var right = size - 1; right >= 1; right -= 2)
        {
            if (right == 6)
            {
                right = 5;
            }
            var upward = ((size - 1 - right) / 2) % 2 == 0;
            for (var step = 0; step < size; step++)
            {
                var y = upward ? size - 1 - step : step;
                for (var x = right; x >= right - 1; x--)
                {
                    if (!reserved[y, x])
                    {
                        bits.Add(modules[y, x] ^ Flips(mask, x, y));
                    }
                }
            }
        }
        var codewords = new byte[version.TotalCodewords];
        for (var i = 0; i < codewords.Length * 8; i++)
        {
            codewords[i / 8] |= (byte)((bits[i] ? 1 : 0) << (7 - i % 8));
        }

        var blockCount = version.ShortBlocks + version.LongBlocks;
        var blocks = Enumerable.Range(0, blockCount).Select(b => new List<byte>()).ToArray();
        var position = 0;
        for (var i = 0; i <= version.ShortBlockData; i++)
        {
            for (var b = 0; b < blockCount; b++)
            {
                if (i < version.ShortBlockData + (b < version.ShortBlocks ? 0 : 1))
                {
                    blocks[b].Add(codewords[position++]);
                }
            }
        }
        var data = new List<byte>();
        foreach (var block in blocks)
        {
            var ecc = Enumerable.Range(0, version.EccPerBlock).Select(i => codewords[position + i * blockCount + Array.IndexOf(blocks, block)]).ToArray();
            Assert.Equal(ecc, ReedSolomon.Remainder([.. block], version.EccPerBlock));
            data.AddRange(block);
        }

        var reader = new BitReader([.. data]);
        Assert.Equal(0b0100, reader.Read(4));
        var length = reader.Read(version.Number < 10 ? 8 : 16);
        var text = new byte[length];
        for (var i = 0; i < length; i++)
        {
            text[i] = (byte)reader.Read(8);
        }
        return Encoding.UTF8.GetString(text);
    }

    private static QrVersion QrVersionOf(int size)
    {
        var number = (size - 17) / 4;
        return Enumerable.Range(0, 859).Select(QrVersion.For).First(v => v.Number == number);
    }

    private static bool Flips(int mask, int x, int y) => mask switch
    {
        0 => (x + y) % 2 == 0,
        1 => y % 2 == 0,
        2 => x % 3 == 0,
        3 => (x + y) % 3 == 0,
        4 => (x / 3 + y / 2) % 2 == 0,
        5 => x * y % 2 + x * y % 3 == 0,
        6 => (x * y % 2 + x * y % 3) % 2 == 0,
        _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
    };

    /// <summary>The modules that carry no data: finders with separators and format areas, timing lines, alignment
    /// patterns, and version information from version 7.</summary>
    private static bool[,] Reserved(int size, QrVersion version)
    {
        var reserved = new bool[size, size];
        void Box(int x0, int y0, int x1, int y1)
        {
            for (var y = Math.Max(0, y0); y <= Math.Min(size - 1, y1); y++)
            {
                for (var x = Math.Max(0, x0); x <= Math.Min(size - 1, x1); x++)
                {
                    reserved[y, x] = true;
                }
            }
        }
        Box(0, 0, 8, 8);
        Box(size - 8, 0, size - 1, 8);
        Box(0, size - 8, 8, size - 1);
        Box(6, 0, 6, size - 1);
        Box(0, 6, size - 1, 6);
        var centres = version.AlignmentCentres();
        foreach (var cy in centres)
        {
            foreach (var cx in centres)
            {
                var nearFinder = (cx < 9 && cy < 9) || (cx > size - 9 && cy < 9) || (cx < 9 && cy > size - 9);
                if (!nearFinder)
                {
                    Box(cx - 2, cy - 2, cx + 2, cy + 2);
                }
            }
        }
        if (version.Number >= 7)
        {
            Box(size - 11, 0, size - 9, 5);
            Box(0, size - 11, 5, size - 9);
        }
        return reserved;
    }

    private sealed class BitReader(byte[] bytes)
    {
        private int position;

        public int Read(int count)
        {
            var value = 0;
            for (var i = 0; i < count; i++, position++)
            {
                value = value << 1 | ((bytes[position / 8] >> (7 - position % 8)) & 1);
            }
            return value;
        }
    }
}
