using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace Rampart.Iam.Federation;

/// <summary>An issuer's published signing keys (RFC 7517) and the check of a token's signature against them, for
/// the algorithms OIDC providers use: RS256/384/512 and ES256/384/512. "none" and HMAC never verify: a provider's
/// public key set cannot hold a shared secret.</summary>
public sealed class JsonWebKeySet(JsonElement keys)
{
    public bool Verifies(WebIdentityToken token)
    {
        if (keys.ValueKind != JsonValueKind.Object || !keys.TryGetProperty("keys", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return false;
        }
        foreach (var key in list.EnumerateArray())
        {
            if (key.ValueKind != JsonValueKind.Object || (token.KeyId is { } kid && Member(key, "kid") != kid)
                || Member(key, "use") is not (null or "sig") || (Member(key, "alg") is { } alg && alg != token.Algorithm))
            {
                continue;
            }
            if (VerifiesWith(key, token))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the set has a key the token could have been signed with (by kid, or any key when it names none).</summary>
    public bool HasKeyFor(WebIdentityToken token) =>
        keys.ValueKind == JsonValueKind.Object && keys.TryGetProperty("keys", out var list) && list.ValueKind == JsonValueKind.Array
        && list.EnumerateArray().Any(key => key.ValueKind == JsonValueKind.Object && (token.KeyId is null || Member(key, "kid") == token.KeyId));

    private static bool VerifiesWith(JsonElement key, WebIdentityToken token)
    {
        try
        {
            return (token.Algorithm, Member(key, "kty")) switch
            {
                ("RS256", "RSA") => VerifyRsa(key, token, HashAlgorithmName.SHA256),
                ("RS384", "RSA") => VerifyRsa(key, token, HashAlgorithmName.SHA384),
                ("RS512", "RSA") => VerifyRsa(key, token, HashAlgorithmName.SHA512),
                ("ES256", "EC") => VerifyEc(key, token, "P-256", ECCurve.NamedCurves.nistP256, HashAlgorithmName.SHA256),
                ("ES384", "EC") => VerifyEc(key, token, "P-384", ECCurve.NamedCurves.nistP384, HashAlgorithmName.SHA384),
                ("ES512", "EC") => VerifyEc(key, token, "P-521", ECCurve.NamedCurves.nistP521, HashAlgorithmName.SHA512),
                _ => false,
            };
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return false;
        }
    }

    private static bool VerifyRsa(JsonElement key, WebIdentityToken token, HashAlgorithmName hash)
    {
        using var rsa = RSA.Create(new RSAParameters { Modulus = Bytes(key, "n"), Exponent = Bytes(key, "e") });
        return rsa.VerifyData(token.SignedBytes, token.Signature, hash, RSASignaturePadding.Pkcs1);
    }

    private static bool VerifyEc(JsonElement key, WebIdentityToken token, string curveName, ECCurve curve, HashAlgorithmName hash)
    {
        if (Member(key, "crv") != curveName)
        {
            return false;
        }
        using var ecdsa = ECDsa.Create(new ECParameters { Curve = curve, Q = new ECPoint { X = Bytes(key, "x"), Y = Bytes(key, "y") } });
        return ecdsa.VerifyData(token.SignedBytes, token.Signature, hash, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    private static byte[] Bytes(JsonElement key, string name) =>
        Member(key, name) is { } value ? Base64Url.DecodeFromChars(value) : throw new FormatException($"The key has no {name}.");

    private static string? Member(JsonElement key, string name) =>
        key.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
