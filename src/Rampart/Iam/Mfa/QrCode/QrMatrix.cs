namespace Rampart.Iam.Mfa.QrCode;

/// <summary>A QR code's modules: the function patterns (finders, separators, timing, alignment, format and version
/// information, the dark module), the codewords placed in the zigzag order of ISO/IEC 18004 section 7.7.3, and the
/// mask among the eight that scores the lowest penalty (section 7.8.3).</summary>
public sealed class QrMatrix
{
    /// <summary>Level L's two-bit indicator in the format information.</summary>
    private const int LevelLBits = 0b01;

    private readonly bool[,] dark;
    private readonly bool[,] function;

    private QrMatrix(QrVersion version)
    {
        Version = version;
        Size = version.Size;
        dark = new bool[Size, Size];
        function = new bool[Size, Size];
    }

    public QrVersion Version { get; }

    public int Size { get; }

    public int Mask { get; private set; }

    /// <summary>Whether the module at column <paramref name="x"/>, row <paramref name="y"/> is dark.</summary>
    public bool this[int x, int y] => dark[y, x];

    public static QrMatrix Encode(ReadOnlySpan<byte> payload)
    {
        var version = QrVersion.For(payload.Length);
        var matrix = new QrMatrix(version);
        matrix.DrawFunctionPatterns();
        matrix.PlaceCodewords(QrCodewords.Encode(payload, version));
        var best = Enumerable.Range(0, 8).MinBy(mask =>
        {
            matrix.ApplyMask(mask);
            matrix.DrawFormatBits(mask);
            var penalty = matrix.Penalty();
            matrix.ApplyMask(mask);
            return penalty;
        });
        matrix.ApplyMask(best);
        matrix.DrawFormatBits(best);
        matrix.Mask = best;
        return matrix;
    }

    /// <summary>Whether mask <paramref name="mask"/> flips the module at (x, y).</summary>
    public static bool MaskFlips(int mask, int x, int y) => mask switch
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

    /// <summary>The 15 format bits of level L and a mask, BCH-protected and masked with 0x5412.</summary>
    public static int FormatBits(int mask)
    {
        var data = LevelLBits << 3 | mask;
        var remainder = data;
        for (var i = 0; i < 10; i++)
        {
            remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537);
        }
        return (data << 10 | remainder) ^ 0x5412;
    }

    private void Set(int x, int y, bool isDark)
    {
        dark[y, x] = isDark;
        function[y, x] = true;
    }

    private void DrawFunctionPatterns()
    {
        for (var i = 0; i < Size; i++)
        {
            Set(6, i, i % 2 == 0);
            Set(i, 6, i % 2 == 0);
        }
        DrawFinder(3, 3);
        DrawFinder(Size - 4, 3);
        DrawFinder(3, Size - 4);
        var centres = Version.AlignmentCentres();
        for (var i = 0; i < centres.Count; i++)
        {
            for (var j = 0; j < centres.Count; j++)
            {
                var corner = (i == 0 && j == 0) || (i == 0 && j == centres.Count - 1) || (i == centres.Count - 1 && j == 0);
                if (!corner)
                {
                    DrawAlignment(centres[i], centres[j]);
                }
            }
        }
        DrawFormatBits(0);
        DrawVersionBits();
    }

    private void DrawFinder(int cx, int cy)
    {
        for (var dy = -4; dy <= 4; dy++)
        {
            for (var dx = -4; dx <= 4; dx++)
            {
                var x = cx + dx;
                var y = cy + dy;
                if (x >= 0 && x < Size && y >= 0 && y < Size)
                {
                    var distance = Math.Max(Math.Abs(dx), Math.Abs(dy));
                    Set(x, y, distance != 2 && distance != 4);
                }
            }
        }
    }

    private void DrawAlignment(int cx, int cy)
    {
        for (var dy = -2; dy <= 2; dy++)
        {
            for (var dx = -2; dx <= 2; dx++)
            {
                Set(cx + dx, cy + dy, Math.Max(Math.Abs(dx), Math.Abs(dy)) != 1);
            }
        }
    }

    private void DrawFormatBits(int mask)
    {
        var bits = FormatBits(mask);
        bool Bit(int i) => ((bits >> i) & 1) != 0;
        for (var i = 0; i <= 5; i++)
        {
            Set(8, i, Bit(i));
        }
        Set(8, 7, Bit(6));
        Set(8, 8, Bit(7));
        Set(7, 8, Bit(8));
        for (var i = 9; i < 15; i++)
        {
            Set(14 - i, 8, Bit(i));
        }
        for (var i = 0; i < 8; i++)
        {
            Set(Size - 1 - i, 8, Bit(i));
        }
        for (var i = 8; i < 15; i++)
        {
            Set(8, Size - 15 + i, Bit(i));
        }
        Set(8, Size - 8, true);
    }

    private void DrawVersionBits()
    {
        if (Version.Number < 7)
        {
            return;
        }
        var remainder = Version.Number;
        for (var i = 0; i < 12; i++)
        {
            remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25);
        }
        var bits = Version.Number << 12 | remainder;
        for (var i = 0; i < 18; i++)
        {
            var bit = ((bits >> i) & 1) != 0;
            var a = Size - 11 + i % 3;
            var b = i / 3;
            Set(a, b, bit);
            Set(b, a, bit);
        }
    }

    private void PlaceCodewords(byte[] codewords)
    {
        var bit = 0;
        for (var right = Size - 1; right >= 1; right -= 2)
        {
            if (right == 6)
            {
                right = 5;
            }
            for (var step = 0; step < Size; step++)
            {
                for (var column = 0; column < 2; column++)
                {
                    var x = right - column;
                    var upward = ((right + 1) & 2) == 0;
                    var y = upward ? Size - 1 - step : step;
                    if (!function[y, x] && bit < codewords.Length * 8)
                    {
                        dark[y, x] = ((codewords[bit >> 3] >> (7 - (bit & 7))) & 1) != 0;
                        bit++;
                    }
                }
            }
        }
    }

    private void ApplyMask(int mask)
    {
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                if (!function[y, x] && MaskFlips(mask, x, y))
                {
                    dark[y, x] = !dark[y, x];
                }
            }
        }
    }

    private int Penalty()
    {
        var penalty = 0;
        for (var i = 0; i < Size; i++)
        {
            penalty += LinePenalty(j => dark[i, j]) + LinePenalty(j => dark[j, i]);
        }
        for (var y = 0; y < Size - 1; y++)
        {
            for (var x = 0; x < Size - 1; x++)
            {
                var c = dark[y, x];
                if (c == dark[y, x + 1] && c == dark[y + 1, x] && c == dark[y + 1, x + 1])
                {
                    penalty += 3;
                }
            }
        }
        var darkCount = 0;
        foreach (var module in dark)
        {
            darkCount += module ? 1 : 0;
        }
        var total = Size * Size;
        penalty += (Math.Abs(darkCount * 20 - total * 10) + total - 1) / total - 1 is var k && k > 0 ? k * 10 : 0;
        return penalty;
    }

    /// <summary>Rule 1 (runs of five or more) and rule 3 (finder-like 1:1:3:1:1 with four light modules beside) along one line.</summary>
    private int LinePenalty(Func<int, bool> module)
    {
        var penalty = 0;
        var run = 1;
        for (var i = 1; i <= Size; i++)
        {
            if (i < Size && module(i) == module(i - 1))
            {
                run++;
                continue;
            }
            if (run >= 5)
            {
                penalty += 3 + run - 5;
            }
            run = 1;
        }
        bool[] finderLike = [true, false, true, true, true, false, true];
        for (var i = 0; i + 7 <= Size; i++)
        {
            var matches = true;
            for (var j = 0; j < 7 && matches; j++)
            {
                matches = module(i + j) == finderLike[j];
            }
            if (matches && (LightRun(module, i - 4, i) || LightRun(module, i + 7, i + 11)))
            {
                penalty += 40;
            }
        }
        return penalty;
    }

    private bool LightRun(Func<int, bool> module, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (i >= 0 && i < Size && module(i))
            {
                return false;
            }
        }
        return true;
    }
}
