using Rampart.Protocol;

namespace Rampart.Signing;

/// <summary>The request headers SigV4 reads, found in one pass over the header list.</summary>
internal readonly record struct SigningHeaders(
    string? Authorization,
    string? AmzDate,
    string? Date,
    string? SecurityToken,
    string? ContentSha256)
{
    public static SigningHeaders Read(WireRequest request)
    {
        string? authorization = null, amzDate = null, date = null, token = null, contentSha256 = null;
        var headers = request.Headers;
        for (var i = 0; i < headers.Count; i++)
        {
            var (name, value) = headers[i];
            if (name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            {
                authorization ??= value;
            }
            else if (name.Equals("X-Amz-Date", StringComparison.OrdinalIgnoreCase))
            {
                amzDate ??= value;
            }
            else if (name.Equals("Date", StringComparison.OrdinalIgnoreCase))
            {
                date ??= value;
            }
            else if (name.Equals("X-Amz-Security-Token", StringComparison.OrdinalIgnoreCase))
            {
                token ??= value;
            }
            else if (name.Equals("X-Amz-Content-SHA256", StringComparison.OrdinalIgnoreCase))
            {
                contentSha256 ??= value;
            }
        }
        return new SigningHeaders(authorization, amzDate, date, token, contentSha256);
    }
}
