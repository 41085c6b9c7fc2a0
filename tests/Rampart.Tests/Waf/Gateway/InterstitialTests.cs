using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Rampart.Waf.Gateway;
using Rampart.Waf.Gateway.Captcha;

namespace Rampart.Tests.Waf.Gateway;

/// <summary>CAPTCHA and Challenge answer with AWS's statuses and interstitials, and a solved puzzle earns an
/// aws-waf-token that lets the client through.</summary>
public sealed partial class InterstitialTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Captcha_without_a_token_answers_405_with_a_picture_and_no_readable_answer()
    {
        gateway.WebAcls.Set(WebAcls.Standard, IpSets());
        using var client = gateway.Client(cookies: new CookieContainer());

        using var response = await client.SendAsync(Html(HttpMethod.Get, "/captcha/page?x=1"));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("captcha", response.Headers.GetValues("x-amzn-waf-action").Single());
        var png = Convert.FromBase64String(PngData().Match(page).Groups[1].Value);
        Assert.Equal((CaptchaImage.Width, CaptchaImage.Height), PngImage.Size(png));
        // Nothing but the picture shows the code: no text, no vector glyphs, and the puzzle holds only a MAC of it.
        Assert.DoesNotContain("<svg", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<text", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_captcha_page_and_its_puzzle_do_not_contain_the_code()
    {
        var (puzzle, code) = gateway.Context.Puzzles.NewCaptcha("example.com");

        var page = WafInterstitial.Captcha(puzzle, CaptchaImage.Render(code), "/", retry: false);

        Assert.DoesNotContain(code, page, StringComparison.OrdinalIgnoreCase);
        var payload = Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(puzzle.AsSpan(0, puzzle.IndexOf('.', StringComparison.Ordinal))));
        Assert.DoesNotContain(code, payload, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_correct_answer_earns_a_token_that_passes_and_a_wrong_one_another_puzzle()
    {
        gateway.WebAcls.Set(WebAcls.Standard, IpSets());
        var cookies = new CookieContainer();
        using var client = gateway.Client(cookies: cookies);
        // The test reads the code where a person would have read it off the picture: from the puzzle's maker.
        var (puzzle, code) = gateway.Context.Puzzles.NewCaptcha(gateway.Url.Host);

        using var wrong = await client.PostAsync(WafInterstitial.CaptchaPath, Form(("puzzle", puzzle), ("answer", Wrong(code)), ("return", "/captcha/page?x=1")));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrong.StatusCode);
        Assert.Contains("not the code shown", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(cookies.GetCookies(gateway.Url));

        using var solved = await client.PostAsync(WafInterstitial.CaptchaPath, Form(("puzzle", puzzle), ("answer", code.ToLowerInvariant()), ("return", "/captcha/page?x=1")));
        Assert.Equal(HttpStatusCode.SeeOther, solved.StatusCode);
        Assert.Equal("/captcha/page?x=1", solved.Headers.Location?.OriginalString);
        Assert.NotNull(cookies.GetCookies(gateway.Url)[WafToken.CookieName]);

        using var through = await client.GetAsync("/captcha/page?x=1");
        Assert.Equal(HttpStatusCode.OK, through.StatusCode);
    }

    [Fact]
    public async Task A_puzzle_for_another_host_is_not_solved()
    {
        gateway.WebAcls.Set(WebAcls.Standard, IpSets());
        var cookies = new CookieContainer();
        using var client = gateway.Client(cookies: cookies);
        var (puzzle, code) = gateway.Context.Puzzles.NewCaptcha("elsewhere.example");

        using var response = await client.PostAsync(WafInterstitial.CaptchaPath, Form(("puzzle", puzzle), ("answer", code), ("return", "/")));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Empty(cookies.GetCookies(gateway.Url));
    }

    [Fact]
    public async Task Captcha_answers_405_without_a_page_to_clients_that_do_not_take_html()
    {
        gateway.WebAcls.Set(WebAcls.Standard, IpSets());
        using var client = gateway.Client();

        using var response = await client.GetAsync("/captcha/api");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("captcha", response.Headers.GetValues("x-amzn-waf-action").Single());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Challenge_answers_202_and_a_solved_proof_of_work_earns_a_token()
    {
        gateway.WebAcls.Set(WebAcls.Standard, IpSets());
        var cookies = new CookieContainer();
        using var client = gateway.Client(cookies: cookies);

        using var interstitial = await client.SendAsync(Html(HttpMethod.Get, "/challenge"));
        var challenge = ChallengeValue().Match(await interstitial.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.Equal(HttpStatusCode.Accepted, interstitial.StatusCode);
        Assert.Equal("challenge", interstitial.Headers.GetValues("x-amzn-waf-action").Single());

        using var unsolved = await client.PostAsync(WafInterstitial.ChallengePath, Form(("challenge", challenge), ("solution", "0")));
        Assert.Equal(HttpStatusCode.Forbidden, unsolved.StatusCode);

        using var solved = await client.PostAsync(WafInterstitial.ChallengePath, Form(("challenge", challenge), ("solution", Solve(challenge))));
        Assert.Equal(HttpStatusCode.OK, solved.StatusCode);

        using var through = await client.SendAsync(Html(HttpMethod.Get, "/challenge"));
        Assert.Equal(HttpStatusCode.OK, through.StatusCode);
    }

    [Fact]
    public async Task A_forged_token_is_no_token()
    {
        gateway.WebAcls.Set(WebAcls.Standard, IpSets());
        var cookies = new CookieContainer();
        using var client = gateway.Client(cookies: cookies);
        using (var interstitial = await client.SendAsync(Html(HttpMethod.Get, "/challenge")))
        {
            var challenge = ChallengeValue().Match(await interstitial.Content.ReadAsStringAsync()).Groups[1].Value;
            using var solved = await client.PostAsync(WafInterstitial.ChallengePath, Form(("challenge", challenge), ("solution", Solve(challenge))));
            Assert.Equal(HttpStatusCode.OK, solved.StatusCode);
        }
        var token = cookies.GetCookies(gateway.Url)[WafToken.CookieName]!;
        // A token for an unsolved challenge claiming a solved CAPTCHA instead, under the original's signature.
        var parts = token.Value.Split('.');
        var forged = System.Buffers.Text.Base64Url.DecodeFromChars(parts[0]);
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(forged.AsSpan(1), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(forged.AsSpan(9), 0);
        using var tampered = gateway.Client();
        using var request = Html(HttpMethod.Get, "/challenge");
        request.Headers.Add("Cookie", $"{WafToken.CookieName}={System.Buffers.Text.Base64Url.EncodeToString(forged)}.{parts[1]}");

        using var response = await tampered.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private static HttpRequestMessage Html(HttpMethod method, string target)
    {
        var request = new HttpRequestMessage(method, target);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        return request;
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(field => KeyValuePair.Create(field.Name, field.Value)));

    /// <summary>The code with its first character changed.</summary>
    private static string Wrong(string code) => (code[0] == 'A' ? "C" : "A") + code[1..];

    private static string Solve(string challenge)
    {
        for (var counter = 0; ; counter++)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{challenge}:{counter}"));
            if (hash[0] == 0 && hash[1] == 0)
            {
                return counter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    private static Dictionary<string, string> IpSets() => new() { [WebAcls.BlockedIpSetArn] = WebAcls.IpSet() };

    [GeneratedRegex("const challenge = \"([^\"]+)\"")]
    private static partial Regex ChallengeValue();

    [GeneratedRegex("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"")]
    private static partial Regex PngData();
}
