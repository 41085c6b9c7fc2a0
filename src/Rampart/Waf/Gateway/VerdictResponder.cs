using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Rampart.Waf.Engine;
using Rampart.Waf.Gateway.Captcha;

namespace Rampart.Waf.Gateway;

/// <summary>
/// Carries out a verdict as AWS WAF does: Allow forwards with the inserted headers; Block answers 403 or the custom
/// response; CAPTCHA answers 405 and Challenge 202, both with x-amzn-waf-action and, for clients that accept HTML, the
/// interstitial. Also answers the interstitials' own posts, issuing aws-waf-token cookies.
/// </summary>
public sealed class VerdictResponder(GatewayContext context, Func<HttpContext, Task> forward)
{
    private const int MaxPuzzleForm = 4096;

    public async Task ApplyAsync(HttpContext http, WafVerdict verdict, string host)
    {
        switch (verdict.Action)
        {
            case WafAction.Block when verdict.CustomResponse is { } custom:
                foreach (var header in custom.Headers)
                {
                    http.Response.Headers.Append(header.Name, header.Value);
                }
                await GatewayPages.RespondAsync(http, custom.StatusCode, Encoding.UTF8.GetBytes(custom.Body ?? ""),
                    custom.ContentType ?? "text/plain");
                break;
            case WafAction.Block:
                await GatewayPages.RespondAsync(http, StatusCodes.Status403Forbidden, GatewayPages.Forbidden);
                break;
            case WafAction.Captcha:
                http.Response.Headers["x-amzn-waf-action"] = "captcha";
                if (AcceptsHtml(http.Request))
                {
                    await CaptchaPageAsync(http, host, ReturnPath(http.Request), retry: false);
                }
                else
                {
                    await GatewayPages.RespondAsync(http, StatusCodes.Status405MethodNotAllowed, ReadOnlyMemory<byte>.Empty);
                }
                break;
            case WafAction.Challenge:
                http.Response.Headers["x-amzn-waf-action"] = "challenge";
                var page = AcceptsHtml(http.Request)
                    ? Encoding.UTF8.GetBytes(WafInterstitial.Challenge(context.Puzzles.NewChallenge(host)))
                    : [];
                http.Response.Headers.CacheControl = "no-store";
                await GatewayPages.RespondAsync(http, StatusCodes.Status202Accepted, page);
                break;
            default:
                if (verdict.InsertHeaders.Count > 0)
                {
                    http.Items[InsertedHeaders.Key] = new InsertedHeaders(verdict.InsertHeaders);
                }
                await forward(http);
                break;
        }
    }

    /// <summary>Answers a post from an interstitial; false for every other request.</summary>
    public async Task<bool> TryAnswerPuzzleAsync(HttpContext http, ActiveWebAcl acl, WafTokenState token, string host)
    {
        var path = http.Request.Path.Value;
        if (!HttpMethods.IsPost(http.Request.Method) || path is not (WafInterstitial.ChallengePath or WafInterstitial.CaptchaPath))
        {
            return false;
        }
        if (http.Request.ContentLength is not (> 0 and <= MaxPuzzleForm) || !http.Request.HasFormContentType)
        {
            await GatewayPages.RespondAsync(http, StatusCodes.Status400BadRequest, ReadOnlyMemory<byte>.Empty);
            return true;
        }
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var now = context.Time.GetUtcNow();
        if (path == WafInterstitial.ChallengePath)
        {
            if (!context.Puzzles.SolvesChallenge(form["challenge"], form["solution"], host))
            {
                await GatewayPages.RespondAsync(http, StatusCodes.Status403Forbidden, GatewayPages.Forbidden);
                return true;
            }
            SetToken(http, token with { ChallengeSolvedAt = now }, host);
            await GatewayPages.RespondAsync(http, StatusCodes.Status200OK, "{}"u8.ToArray(), "application/json");
            return true;
        }

        var labels = new[] { context.Region, acl.Compiled.MetricName, WafMetrics.AllRules };
        context.Metrics.CaptchasAttempted.WithLabels(labels).Inc();
        var returnPath = SafeReturnPath(form["return"]);
        if (!context.Puzzles.SolvesCaptcha(form["puzzle"], form["answer"], host))
        {
            http.Response.Headers["x-amzn-waf-action"] = "captcha";
            await CaptchaPageAsync(http, host, returnPath, retry: true);
            return true;
        }
        context.Metrics.CaptchasSolved.WithLabels(labels).Inc();
        // Solving a puzzle also proves what a silent challenge proves.
        SetToken(http, new WafTokenState(now, now), host);
        http.Response.StatusCode = StatusCodes.Status303SeeOther;
        http.Response.Headers.Location = returnPath;
        return true;
    }

    private async Task CaptchaPageAsync(HttpContext http, string host, string returnPath, bool retry)
    {
        var (puzzle, code) = context.Puzzles.NewCaptcha(host);
        http.Response.Headers.CacheControl = "no-store";
        await GatewayPages.RespondAsync(http, StatusCodes.Status405MethodNotAllowed,
            Encoding.UTF8.GetBytes(WafInterstitial.Captcha(puzzle, CaptchaImage.Render(code), returnPath, retry)));
    }

    private void SetToken(HttpContext http, WafTokenState state, string host)
    {
        var cookie = new SetCookieHeaderValue(WafToken.CookieName, context.Tokens.Issue(state, host))
        {
            Path = "/",
            MaxAge = WafToken.CookieLifetime,
            SameSite = Microsoft.Net.Http.Headers.SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
        };
        http.Response.Headers.Append(HeaderNames.SetCookie, cookie.ToString());
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(value => value?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    private static string ReturnPath(HttpRequest request) =>
        SafeReturnPath(HttpMethods.IsGet(request.Method) ? (request.PathBase + request.Path + request.QueryString).ToString() : "/");

    /// <summary>Only a path on this site: anything that could leave it ("//host", "/\host", a scheme) becomes "/".</summary>
    private static string SafeReturnPath(string? path) =>
        path is { Length: > 0 } && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\')) && !path.Contains('\r') && !path.Contains('\n')
            ? path
            : "/";
}
