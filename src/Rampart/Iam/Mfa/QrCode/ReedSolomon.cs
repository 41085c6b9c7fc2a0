namespace Rampart.Iam.Mfa.QrCode;

/// <summary>Reed-Solomon error correction over GF(256) with QR's field polynomial x^8+x^4+x^3+x^2+1.</summary>
public static class ReedSolomon
{
    private const int FieldPolynomial = 0x11D;

    /// <summary>The <paramref name="degree"/> error correction codewords of <paramref name="data"/>.</summary>
    public static byte[] Remainder(ReadOnlySpan<byte> data, int degree)
    {
        var generator = Generator(degree);
        var remainder = new byte[degree];
        foreach (var value in data)
        {
            var factor = (byte)(value ^ remainder[0]);
            Array.Copy(remainder, 1, remainder, 0, degree - 1);
            remainder[degree - 1] = 0;
            for (var i = 0; i < degree; i++)
            {
                remainder[i] ^= Multiply(generator[i], factor);
            }
        }
        return remainder;
    }

    public static byte Multiply(byte x, byte y)
    {
        var product = 0;
        for (var bit = 7; bit >= 0; bit--)
        {
            product = (product << 1) ^ ((product >> 7) * FieldPolynomial);
            product ^= ((y >> bit) & 1) * x;
        }
        return (byte)product;
    }

    /// <summary>The coefficients (highest power first, leading 1 left out) of (x - a^0)(x - a^1)...(x - a^(degree-1)).</summary>
    private static byte[] Generator(int degree)
    {
        var coefficients = new byte[degree];
        coefficients[degree - 1] = 1;
        byte root = 1;
        for (var i = 0; i < degree; i++)
        {
            for (var j = 0; j < degree; j++)
            {
                coefficients[j] = Multiply(coefficients[j], root);
                if (j + 1 < degree)
                {
                    coefficients[j] ^= coefficients[j + 1];
                }
            }
            root = Multiply(root, 2);
        }
        return coefficients;
    }
}
