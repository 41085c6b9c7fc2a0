namespace Rampart.Iam.Mfa.QrCode;

/// <summary>The QR code versions this encoder makes (1 to 20, error correction level L: about 7% of the codewords
/// may be lost), with each version's block structure from ISO/IEC 18004 table 9. Version 20 holds 858 bytes, more
/// than the longest otpauth:// URI a virtual MFA device can have (a 226-character name, every character escaped).</summary>
public sealed record QrVersion(int Number, int EccPerBlock, int ShortBlocks, int ShortBlockData, int LongBlocks)
{
    public const int Max = 20;

    private static readonly QrVersion[] LevelL =
    [
        new(1, 7, 1, 19, 0), new(2, 10, 1, 34, 0), new(3, 15, 1, 55, 0), new(4, 20, 1, 80, 0), new(5, 26, 1, 108, 0),
        new(6, 18, 2, 68, 0), new(7, 20, 2, 78, 0), new(8, 24, 2, 97, 0), new(9, 30, 2, 116, 0), new(10, 18, 2, 68, 2),
        new(11, 20, 4, 81, 0), new(12, 24, 2, 92, 2), new(13, 26, 4, 107, 0), new(14, 30, 3, 115, 1), new(15, 22, 5, 87, 1),
        new(16, 24, 5, 98, 1), new(17, 28, 1, 107, 5), new(18, 30, 5, 120, 1), new(19, 28, 3, 113, 4), new(20, 28, 3, 107, 5),
    ];

    /// <summary>Modules per side.</summary>
    public int Size => Number * 4 + 17;

    public int DataCodewords => ShortBlocks * ShortBlockData + LongBlocks * (ShortBlockData + 1);

    public int TotalCodewords => DataCodewords + (ShortBlocks + LongBlocks) * EccPerBlock;

    /// <summary>Bits of the byte-mode character count: 8 up to version 9, 16 from version 10.</summary>
    public int CountBits => Number < 10 ? 8 : 16;

    /// <summary>The smallest version that holds <paramref name="byteCount"/> bytes in byte mode.</summary>
    public static QrVersion For(int byteCount) =>
        LevelL.FirstOrDefault(v => 4 + v.CountBits + 8 * byteCount <= 8 * v.DataCodewords)
        ?? throw new ArgumentException($"{byteCount} bytes do not fit in a version {Max} QR code.", nameof(byteCount));

    /// <summary>Centre coordinates of the alignment patterns along each axis.</summary>
    public IReadOnlyList<int> AlignmentCentres()
    {
        if (Number == 1)
        {
            return [];
        }
        var count = Number / 7 + 2;
        var step = (Number * 8 + count * 3 + 5) / (count * 4 - 4) * 2;
        var centres = new int[count];
        centres[0] = 6;
        for (int i = count - 1, position = Size - 7; i >= 1; i--, position -= step)
        {
            centres[i] = position;
        }
        return centres;
    }
}
