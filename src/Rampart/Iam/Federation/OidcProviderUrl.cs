using System.Net;
using Rampart.Iam.Common;

namespace Rampart.Iam.Federation;

/// <summary>The URL of an OIDC provider: https, no query or fragment, a trailing slash dropped. Plain http is
/// accepted only for a loopback host, so that a test can run its own issuer; AWS accepts https alone.</summary>
public sealed record OidcProviderUrl(string IssuerUrl, string Name)
{
    public static OidcProviderUrl Parse(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)))
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0
            || url.Contains('?') || url.Contains('#'))
        {
            throw IamErrors.Validation("Invalid Open ID Connect Provider URL");
        }
        var issuer = url.TrimEnd('/');
        var name = issuer[(uri.Scheme.Length + "://".Length)..];
        if (name.Length == 0)
        {
            throw IamErrors.Validation("Invalid Open ID Connect Provider URL");
        }
        return new OidcProviderUrl(issuer, name);
    }

    /// <summary>The ARN's resource name for a URL, for authorizing a request before its URL is validated.</summary>
    public static string NameOf(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        return (start < 0 ? url : url[(start + 3)..]).TrimEnd('/');
    }

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.IdnHost, out var address) && IPAddress.IsLoopback(address));
}
