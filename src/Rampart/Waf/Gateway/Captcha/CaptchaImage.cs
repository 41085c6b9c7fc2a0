using System.Security.Cryptography;

namespace Rampart.Waf.Gateway.Captcha;

/// <summary>
/// Draws a CAPTCHA code as a PNG a person reads and a script cannot read off the page: each character's strokes
/// scaled, sheared, turned and shifted at random, the whole picture bent by two random waves, crossed by curves nearly
/// as thick as the strokes (so the characters cannot be cut apart along clean gaps) and sprinkled with specks. The
/// randomness comes from the cryptographic generator, so one rendering says nothing about the next.
/// </summary>
public static class CaptchaImage
{
    public const int Width = 240;
    public const int Height = 80;

    private const byte Background = 238;

    public static byte[] Render(string code)
    {
        var canvas = new GrayCanvas(Width, Height, Background);
        var wave = new Wave(Uniform(1.5, 3), Uniform(30, 46), Uniform(0, 2 * Math.PI), Uniform(1.5, 3), Uniform(50, 80), Uniform(0, 2 * Math.PI));
        var pitch = (Width - 30.0) / code.Length;
        for (var i = 0; i < code.Length; i++)
        {
            var placement = new Placement(
                CenterX: 15 + (pitch * (i + 0.5)) + Uniform(-4, 4),
                CenterY: (Height / 2.0) + Uniform(-7, 7),
                Scale: Uniform(2.2, 2.6),
                Angle: Uniform(-0.35, 0.35),
                Shear: Uniform(-0.25, 0.25));
            var thickness = Uniform(2.4, 3.4);
            var ink = (byte)RandomNumberGenerator.GetInt32(20, 90);
            foreach (var stroke in StrokeFont.Strokes(code[i]))
            {
                Draw(canvas, stroke.Select(placement.Apply), wave, thickness, ink);
            }
        }
        for (var i = 0; i < 2; i++)
        {
            Draw(canvas, Curve(), wave, Uniform(1.6, 2.6), (byte)RandomNumberGenerator.GetInt32(50, 120));
        }
        for (var i = 0; i < 400; i++)
        {
            canvas.Dot(RandomNumberGenerator.GetInt32(Width), RandomNumberGenerator.GetInt32(Height), (byte)RandomNumberGenerator.GetInt32(60, 200));
        }
        return PngEncoder.Encode(canvas);
    }

    /// <summary>A smooth line across the picture, from near one side to near the other.</summary>
    private static IEnumerable<Point> Curve()
    {
        var (y0, amplitude, period, phase) = (Uniform(15, Height - 15), Uniform(6, 18), Uniform(60, 160), Uniform(0, 2 * Math.PI));
        var (start, end) = (Uniform(0, 40), Uniform(Width - 40, Width));
        for (var x = start; x <= end; x += 4)
        {
            yield return new Point(x, y0 + (amplitude * Math.Sin((2 * Math.PI * x / period) + phase)));
        }
    }

    /// <summary>Draws a polyline bent by the wave: segments are cut into short pieces first, so they bend too.</summary>
    private static void Draw(GrayCanvas canvas, IEnumerable<Point> polyline, Wave wave, double thickness, byte ink)
    {
        Point? previous = null;
        foreach (var point in polyline)
        {
            if (previous is { } from)
            {
                var pieces = Math.Max(1, (int)Math.Ceiling(Math.Sqrt(Math.Pow(point.X - from.X, 2) + Math.Pow(point.Y - from.Y, 2)) / 2));
                for (var k = 0; k < pieces; k++)
                {
                    var a = Lerp(from, point, (double)k / pieces);
                    var b = Lerp(from, point, (double)(k + 1) / pieces);
                    canvas.Line(wave.Bend(a), wave.Bend(b), thickness, ink);
                }
            }
            previous = point;
        }
    }

    private static Point Lerp(Point a, Point b, double t) => new(a.X + ((b.X - a.X) * t), a.Y + ((b.Y - a.Y) * t));

    private static double Uniform(double min, double max) => min + ((max - min) * RandomNumberGenerator.GetInt32(1 << 24) / (1 << 24));

    /// <summary>Where and how one character is drawn: its box centred on the given point.</summary>
    private readonly record struct Placement(double CenterX, double CenterY, double Scale, double Angle, double Shear)
    {
        public Point Apply(Point glyph)
        {
            var x = (glyph.X - (StrokeFont.Width / 2)) * Scale;
            var y = (glyph.Y - (StrokeFont.Height / 2)) * Scale;
            x += Shear * y;
            var (sin, cos) = Math.SinCos(Angle);
            return new Point(CenterX + (x * cos) - (y * sin), CenterY + (x * sin) + (y * cos));
        }
    }

    /// <summary>Shifts x by a sine of y, and y by a sine of x.</summary>
    private readonly record struct Wave(double AmplitudeX, double PeriodX, double PhaseX, double AmplitudeY, double PeriodY, double PhaseY)
    {
        public Point Bend(Point p) => new(
            p.X + (AmplitudeX * Math.Sin((2 * Math.PI * p.Y / PeriodX) + PhaseX)),
            p.Y + (AmplitudeY * Math.Sin((2 * Math.PI * p.X / PeriodY) + PhaseY)));
    }
}
