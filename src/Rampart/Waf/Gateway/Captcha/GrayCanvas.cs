namespace Rampart.Waf.Gateway.Captcha;

/// <summary>An 8-bit grayscale picture that thick, anti-aliased lines darken.</summary>
public sealed class GrayCanvas
{
    private readonly byte[] pixels;

    public GrayCanvas(int width, int height, byte background)
    {
        Width = width;
        Height = height;
        pixels = new byte[width * height];
        Array.Fill(pixels, background);
    }

    public int Width { get; }

    public int Height { get; }

    public byte this[int x, int y] => pixels[(y * Width) + x];

    public ReadOnlySpan<byte> Row(int y) => pixels.AsSpan(y * Width, Width);

    /// <summary>Darkens towards <paramref name="ink"/> every pixel within half of <paramref name="thickness"/> of the
    /// segment, with a one-pixel soft edge.</summary>
    public void Line(Point from, Point to, double thickness, byte ink)
    {
        var reach = (thickness / 2) + 1;
        var left = Math.Max(0, (int)Math.Floor(Math.Min(from.X, to.X) - reach));
        var right = Math.Min(Width - 1, (int)Math.Ceiling(Math.Max(from.X, to.X) + reach));
        var top = Math.Max(0, (int)Math.Floor(Math.Min(from.Y, to.Y) - reach));
        var bottom = Math.Min(Height - 1, (int)Math.Ceiling(Math.Max(from.Y, to.Y) + reach));
        for (var y = top; y <= bottom; y++)
        {
            for (var x = left; x <= right; x++)
            {
                var coverage = Math.Clamp((thickness / 2) + 0.5 - Distance(new Point(x, y), from, to), 0, 1);
                if (coverage > 0)
                {
                    Darken(x, y, ink, coverage);
                }
            }
        }
    }

    public void Dot(int x, int y, byte ink)
    {
        if (x >= 0 && y >= 0 && x < Width && y < Height)
        {
            Darken(x, y, ink, 1);
        }
    }

    private void Darken(int x, int y, byte ink, double coverage)
    {
        ref var pixel = ref pixels[(y * Width) + x];
        var shaded = (byte)Math.Round(pixel + ((ink - pixel) * coverage));
        pixel = Math.Min(pixel, shaded);
    }

    private static double Distance(Point p, Point a, Point b)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var lengthSquared = (dx * dx) + (dy * dy);
        var t = lengthSquared == 0 ? 0 : Math.Clamp((((p.X - a.X) * dx) + ((p.Y - a.Y) * dy)) / lengthSquared, 0, 1);
        var (nx, ny) = (a.X + (t * dx) - p.X, a.Y + (t * dy) - p.Y);
        return Math.Sqrt((nx * nx) + (ny * ny));
    }
}
