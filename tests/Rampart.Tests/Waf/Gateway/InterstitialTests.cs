using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Rampart.Waf.Gateway;

namespace Rampart.Tests.Waf.Gateway;

/// <summary>CAPTCHA and Challenge answer with AWS's statuses and interstitials, and a solved puzzle earns an
/// aws-waf-token that lets the client through.</summary>
public sealed partial class InterstitialTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Captcha_without_a_token_answers_405_with_the_puzzle_and_a_solved_puzzle_lets_the_client_through()
    {
        gateway.WebAcls.Set(WebAcls.Standard, IpSets());
        var cookies = new CookieContainer();
        using var client = gateway.Client(cookies: cookies);

        using var puzzle = await client.SendAsync(Html(HttpMethod.Get, "/captcha/page?x=1"));
        var page = await puzzle.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.MethodNotAllowed, puzzle.StatusCode);
        Assert.Equal("captcha", puzzle.Headers.GetValues("x-amzn-waf-action").Single());

        using var wrong = await client.PostAsync(WafInterstitial.CaptchaPath, Form(("puzzle", Hidden(page, "puzzle")), ("answer", "WRONG1"), ("return", Hidden(page, "return"))));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrong.StatusCode);
        Assert.Contains("not the code shown", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(cookies.GetCookies(gateway.Url));

        using var solved = await client.PostAsync(WafInterstitial.CaptchaPath, Form(("puzzle", Hidden(page, "puzzle")), ("answer", Code(page)), ("return", Hidden(page, "return"))));
        Assert.Equal(HttpStatusCode.SeeOther, solved.StatusCode);
        Assert.Equal("/captcha/page?x=1", solved.Headers.Location?.OriginalString);
        Assert.NotNull(cookies.GetCookies(gateway.Url)[WafToken.CookieName]);

        using var through = await client.GetAsync("/captcha/page?x=1");
        Assert.Equal(HttpStatusCode.OK, through.StatusCode);
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

    private static string Hidden(string page, string name) =>
        WebUtility.HtmlDecode(Regex.Match(page, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value);

    /// <summary>Reads the code off the puzzle's glyphs, as a person looking at it would.</summary>
    private static string Code(string page) => string.Concat(Glyph().Matches(page).Select(match => match.Groups[1].Value));

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

    [GeneratedRegex(">([A-Z0-9])</text>")]
    private static partial Regex Glyph();
}
