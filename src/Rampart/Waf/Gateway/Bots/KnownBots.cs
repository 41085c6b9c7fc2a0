using System.Buffers;

namespace Rampart.Waf.Gateway.Bots;

/// <summary>
/// The bots the gateway tells apart by the product token in their User-Agent: the crawlers of search engines and AI
/// companies, and the HTTP libraries scripts use. A User-Agent alone can be forged; it is what separates well-behaved
/// bots from people, which is what path statistics are about. The first token found wins, so more specific tokens
/// come first.
/// </summary>
public static class KnownBots
{
    public static IReadOnlyList<KnownBot> All { get; } =
    [
        new("googlebot", "search_engine", "google", "Googlebot"),
        new("bingbot", "search_engine", "microsoft", "bingbot"),
        new("applebot", "search_engine", "apple", "Applebot"),
        new("duckduckbot", "search_engine", "duckduckgo", "DuckDuckBot"),
        new("yandexbot", "search_engine", "yandex", "YandexBot"),
        new("baiduspider", "search_engine", "baidu", "Baiduspider"),
        new("oai_searchbot", "ai", "openai", "OAI-SearchBot"),
        new("chatgpt_user", "ai", "openai", "ChatGPT-User"),
        new("gptbot", "ai", "openai", "GPTBot"),
        new("claudebot", "ai", "anthropic", "ClaudeBot"),
        new("perplexitybot", "ai", "perplexity", "PerplexityBot"),
        new("ccbot", "ai", "common_crawl", "CCBot"),
        new("bytespider", "ai", "bytedance", "Bytespider"),
        new("facebookexternalhit", "social_media", "meta", "facebookexternalhit"),
        new("twitterbot", "social_media", "x", "Twitterbot"),
        new("ahrefsbot", "seo", "ahrefs", "AhrefsBot"),
        new("semrushbot", "seo", "semrush", "SemrushBot"),
        new("curl", "http_library", "curl", "curl/"),
        new("wget", "http_library", "gnu", "Wget/"),
        new("python_requests", "http_library", "python", "python-requests/"),
        new("go_http_client", "http_library", "golang", "Go-http-client/"),
    ];

    /// <summary>Every token at once: most requests carry none, and one vectorized search tells so.</summary>
    private static readonly SearchValues<string> AnyToken = SearchValues.Create([.. All.Select(b => b.UserAgentToken)], StringComparison.OrdinalIgnoreCase);

    /// <summary>The bot whose token the User-Agent carries, or null for anything else (browsers, unknown clients).</summary>
    public static KnownBot? Identify(string? userAgent)
    {
        if (string.IsNullOrEmpty(userAgent) || userAgent.AsSpan().IndexOfAny(AnyToken) < 0)
        {
            return null;
        }
        foreach (var bot in All)
        {
            if (userAgent.Contains(bot.UserAgentToken, StringComparison.OrdinalIgnoreCase))
            {
                return bot;
            }
        }
        return null;
    }
}
