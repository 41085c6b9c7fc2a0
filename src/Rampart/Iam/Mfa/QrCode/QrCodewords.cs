namespace Rampart.Iam.Mfa.QrCode;

/// <summary>The codeword sequence of a byte-mode QR code: mode, count, data, terminator and padding, split into
/// blocks, each with its Reed-Solomon codewords, then interleaved as ISO/IEC 18004 section 7.6 lays them out.</summary>
public static class QrCodewords
{
    private const int ByteMode = 0b0100;

    public static byte[] Encode(ReadOnlySpan<byte> payload, QrVersion version)
    {
        var data = DataCodewords(payload, version);
        var blockCount = version.ShortBlocks + version.LongBlocks;
        var blocks = new byte[blockCount][];
        var ecc = new byte[blockCount][];
        var offset = 0;
        for (var b = 0; b < blockCount; b++)
        {
            var length = version.ShortBlockData + (b < version.ShortBlocks ? 0 : 1);
            blocks[b] = data[offset..(offset + length)];
            ecc[b] = ReedSolomon.Remainder(blocks[b], version.EccPerBlock);
            offset += length;
        }
        var result = new List<byte>(version.TotalCodewords);
        for (var i = 0; i <= version.ShortBlockData; i++)
        {
            result.AddRange(blocks.Where(block => i < block.Length).Select(block => block[i]));
        }
        for (var i = 0; i < version.EccPerBlock; i++)
        {
            result.AddRange(ecc.Select(block => block[i]));
        }
        return [.. result];
    }

    private static byte[] DataCodewords(ReadOnlySpan<byte> payload, QrVersion version)
    {
        var bits = new List<bool>();
        Append(bits, ByteMode, 4);
        Append(bits, payload.Length, version.CountBits);
        foreach (var value in payload)
        {
            Append(bits, value, 8);
        }
        var capacity = version.DataCodewords * 8;
        Append(bits, 0, Math.Min(4, capacity - bits.Count));
        Append(bits, 0, (8 - bits.Count % 8) % 8);
        var codewords = new byte[version.DataCodewords];
        for (var i = 0; i < bits.Count; i++)
        {
            codewords[i / 8] |= (byte)((bits[i] ? 1 : 0) << (7 - i % 8));
        }
        for (int i = bits.Count / 8, pad = 0; i < codewords.Length; i++, pad ^= 1)
        {
            codewords[i] = pad == 0 ? (byte)0xEC : (byte)0x11;
        }
        return codewords;
    }

    private static void Append(List<bool> bits, int value, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            bits.Add(((value >> i) & 1) != 0);
        }
    }
}
