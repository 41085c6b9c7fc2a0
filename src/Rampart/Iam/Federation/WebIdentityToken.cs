using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Rampart.Iam.Federation;

/// <summary>An OIDC ID token (a JWS in compact form) taken apart, not yet verified: its header, its claims, and the
/// bytes its signature covers.</summary>
public sealed record WebIdentityToken(
    string Algorithm,
    string? KeyId,
    JsonElement Claims,
    byte[] SignedBytes,
    byte[] Signature)
{
    public string? Issuer => StringClaim("iss");

    public string? Subject => StringClaim("sub");

    /// <summary>The aud claim: a string or an array of strings.</summary>
    public IReadOnlyList<string> Audiences => Strings("aud");

    /// <summary>The amr claim (authentication methods), a string or an array.</summary>
    public IReadOnlyList<string> AuthenticationMethods => Strings("amr");

    public DateTimeOffset? ExpiresAt => TimeClaim("exp");

    public DateTimeOffset? NotBefore => TimeClaim("nbf");

    public static WebIdentityToken Parse(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0))
        {
            throw FederationErrors.NotValidJwt();
        }
        try
        {
            using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
            var claims = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1])).RootElement.Clone();
            if (header.RootElement.ValueKind != JsonValueKind.Object || claims.ValueKind != JsonValueKind.Object
                || !header.RootElement.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String)
            {
                throw FederationErrors.NotValidJwt();
            }
            var kid = header.RootElement.TryGetProperty("kid", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
            return new WebIdentityToken(alg.GetString()!, kid, claims, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]),
                Base64Url.DecodeFromChars(parts[2]));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw FederationErrors.NotValidJwt();
        }
    }

    public string? StringClaim(string name) =>
        Claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private IReadOnlyList<string> Strings(string name) =>
        !Claims.TryGetProperty(name, out var value) ? []
        : value.ValueKind == JsonValueKind.String ? [value.GetString()!]
        : value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
        : [];

    private DateTimeOffset? TimeClaim(string name) =>
        Claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var seconds)
            && seconds is >= 0 and < 253402300800
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000))
            : null;
}
