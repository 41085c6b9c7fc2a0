using System.Security.Cryptography;

namespace Rampart.Sts.Outbound;

/// <summary>One of an account's keys for signing outbound web identity tokens, as stored (collection
/// <see cref="OutboundSigningKeys.Collection"/>, partition = account, key = algorithm): the private key in PKCS#8,
/// encrypted under the master key.</summary>
public sealed record OutboundSigningKey(string KeyId, string Algorithm, string PrivateKeyCiphertext, DateTimeOffset CreatedAt);

/// <summary>A stored key made usable: it signs JWS input and describes its public half as a JWK.</summary>
public sealed class OutboundSigner(string keyId, string algorithm, AsymmetricAlgorithm key)
{
    public string KeyId => keyId;

    public string Algorithm => algorithm;

    public byte[] Sign(byte[] signingInput) => key switch
    {
        RSA rsa => rsa.SignData(signingInput, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        // JWS wants ECDSA signatures as r||s, which is .NET's default (IEEE P1363) format.
        ECDsa ecdsa => ecdsa.SignData(signingInput, HashAlgorithmName.SHA384),
        _ => throw new InvalidOperationException("Unsupported signing key type."),
    };

    /// <summary>The public key as RFC 7517 members.</summary>
    public Dictionary<string, string> PublicJwk()
    {
        var jwk = new Dictionary<string, string> { ["kid"] = keyId, ["alg"] = algorithm, ["use"] = "sig" };
        switch (key)
        {
            case RSA rsa:
                var rsaParameters = rsa.ExportParameters(false);
                jwk["kty"] = "RSA";
                jwk["n"] = Base64Url(rsaParameters.Modulus!);
                jwk["e"] = Base64Url(rsaParameters.Exponent!);
                break;
            case ECDsa ecdsa:
                var point = ecdsa.ExportParameters(false).Q;
                jwk["kty"] = "EC";
                jwk["crv"] = "P-384";
                jwk["x"] = Base64Url(point.X!);
                jwk["y"] = Base64Url(point.Y!);
                break;
        }
        return jwk;
    }

    private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
