using Rampart.Protocol;

namespace Rampart.Signing.Tests.Support;

/// <summary>Changes to a signed request, to check that the verifier notices them.</summary>
public static class WireRequestEdits
{
    public static WireRequest WithHeader(this WireRequest request, string name, string value)
    {
        var headers = new List<KeyValuePair<string, string>>();
        var replaced = false;
        foreach (var header in request.Headers)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                if (!replaced)
                {
                    headers.Add(new(header.Key, value));
                    replaced = true;
                }
                continue;
            }
            headers.Add(header);
        }
        if (!replaced)
        {
            headers.Add(new(name, value));
        }
        return request with { Headers = headers };
    }

    public static WireRequest WithBody(this WireRequest request, byte[] body) => request with { Body = body };

    public static WireRequest WithoutHeader(this WireRequest request, string name)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var header in request.Headers)
        {
            if (!string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                headers.Add(header);
            }
        }
        return request with { Headers = headers };
    }

    /// <summary>Replaces "name=..." in the Authorization header by "name=value".</summary>
    public static WireRequest WithAuthorizationPart(this WireRequest request, string name, string value)
    {
        var authorization = request.Header("Authorization")!;
        var start = authorization.IndexOf(name + "=", StringComparison.Ordinal) + name.Length + 1;
        var end = authorization.IndexOf(',', start);
        end = end < 0 ? authorization.Length : end;
        return request.WithHeader("Authorization", authorization[..start] + value + authorization[end..]);
    }

    /// <summary>Replaces the value of a raw query parameter, keeping the others in place.</summary>
    public static WireRequest WithQueryParameter(this WireRequest request, string name, string rawValue)
    {
        var parts = request.QueryString.Split('&');
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                parts[i] = name + "=" + rawValue;
            }
        }
        return request with { QueryString = string.Join('&', parts) };
    }

    public static WireRequest WithoutQueryParameter(this WireRequest request, string name)
    {
        var kept = new List<string>();
        foreach (var part in request.QueryString.Split('&'))
        {
            if (!part.StartsWith(name + "=", StringComparison.Ordinal))
            {
                kept.Add(part);
            }
        }
        return request with { QueryString = string.Join('&', kept) };
    }
}
