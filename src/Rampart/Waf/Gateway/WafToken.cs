using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Rampart.Waf.Engine;

namespace Rampart.Waf.Gateway;

/// <summary>
/// The aws-waf-token cookie: when its holder last solved a CAPTCHA puzzle and last passed a silent challenge, for
/// which host, signed with HMAC-SHA256. Its text is base64url(payload) "." base64url(signature); the payload is
/// version (1), CAPTCHA time and challenge time (Unix seconds, 8 bytes each, 0 for never), then the host.
/// Expiry is the web ACL's immunity time, applied by the engine to these timestamps.
/// </summary>
public sealed class WafToken(byte[] key)
{
    public const string CookieName = "aws-waf-token";

    /// <summary>How long browsers keep the cookie: AWS's longest immunity time (three days).</summary>
    public static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(3);

    private const byte Version = 1;
    private const int SignatureBytes = 32;

    public string Issue(WafTokenState state, string host)
    {
        var hostBytes = Encoding.UTF8.GetBytes(host.ToLowerInvariant());
        var payload = new byte[17 + hostBytes.Length];
        payload[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(1), state.CaptchaSolvedAt?.ToUnixTimeSeconds() ?? 0);
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(9), state.ChallengeSolvedAt?.ToUnixTimeSeconds() ?? 0);
        hostBytes.CopyTo(payload, 17);
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(HMACSHA256.HashData(key, payload))}";
    }

    /// <summary>The token's times when it is well formed, correctly signed and issued for <paramref name="host"/>;
    /// otherwise no token at all.</summary>
    public WafTokenState Verify(string? token, string host)
    {
        var dot = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (token is null || dot <= 0 || token.Length > 1024)
        {
            return WafTokenState.None;
        }
        byte[] payload, signature;
        try
        {
            payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return WafTokenState.None;
        }
        if (signature.Length != SignatureBytes || payload.Length < 17 || payload[0] != Version
            || !CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(key, payload))
            || !string.Equals(Encoding.UTF8.GetString(payload, 17, payload.Length - 17), host, StringComparison.OrdinalIgnoreCase))
        {
            return WafTokenState.None;
        }
        return new WafTokenState(Time(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(1))),
            Time(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(9))));
    }

    private static DateTimeOffset? Time(long seconds) => seconds == 0 ? null : DateTimeOffset.FromUnixTimeSeconds(seconds);
}
