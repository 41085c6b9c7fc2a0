using Rampart.Waf.Gateway.Captcha;

namespace Rampart.Tests.Waf.Gateway;

/// <summary>The CAPTCHA picture: a valid PNG with the code's strokes on it, drawn differently every time.</summary>
public sealed class CaptchaImageTests
{
    [Fact]
    public void Every_character_a_code_can_hold_is_drawn()
    {
        var puzzles = new Rampart.Waf.Gateway.WafPuzzles(new byte[32], TimeProvider.System);
        var seen = new HashSet<char>();
        for (var i = 0; i < 200; i++)
        {
            var (_, code) = puzzles.NewCaptcha("example.com");
            seen.UnionWith(code);
            Assert.Equal((CaptchaImage.Width, CaptchaImage.Height), PngImage.Size(CaptchaImage.Render(code)));
        }
        Assert.Subset(StrokeFont.Characters.ToHashSet(), seen);
    }

    [Fact]
    public void The_picture_carries_ink_in_every_character_column()
    {
        var pixels = PngImage.Pixels(CaptchaImage.Render("AC3479"));
        var pitch = (CaptchaImage.Width - 30) / 6;
        for (var i = 0; i < 6; i++)
        {
            var dark = 0;
            for (var x = 15 + (i * pitch); x < 15 + ((i + 1) * pitch); x++)
            {
                for (var y = 0; y < CaptchaImage.Height; y++)
                {
                    dark += pixels[x, y] < 120 ? 1 : 0;
                }
            }
            Assert.True(dark > 60, $"column {i} has {dark} dark pixels");
        }
    }

    [Fact]
    public void The_same_code_is_never_drawn_the_same_way_twice()
    {
        var first = PngImage.Pixels(CaptchaImage.Render("KMN467"));
        var second = PngImage.Pixels(CaptchaImage.Render("KMN467"));

        var differing = 0;
        for (var x = 0; x < CaptchaImage.Width; x++)
        {
            for (var y = 0; y < CaptchaImage.Height; y++)
            {
                differing += Math.Abs(first[x, y] - second[x, y]) > 60 ? 1 : 0;
            }
        }
        Assert.True(differing > 500, $"only {differing} pixels differ");
    }
}
