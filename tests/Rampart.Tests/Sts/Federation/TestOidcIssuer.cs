using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Rampart.Tests.Sts.Federation;

/// <summary>A small OIDC issuer on a loopback port: it serves /.well-known/openid-configuration and a JWKS with an
/// RSA key ("rsa-1") and a P-256 key ("ec-1"), and signs ID tokens with them. <see cref="ForgeRs256"/> signs with a
/// key it does not publish, under the published key's ID. <see cref="Rotate"/> publishes a second RSA key ("rsa-2"),
/// as a provider rotating its keys does, and <see cref="KeySetFetches"/> counts how often the JWKS was fetched.</summary>
public sealed class TestOidcIssuer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly RSA rsa = RSA.Create(2048);
    private readonly ECDsa ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly RSA stranger = RSA.Create(2048);
    private readonly RSA rotated = RSA.Create(2048);
    private volatile bool rotatedPublished;
    private int keySetFetches;

    private TestOidcIssuer(WebApplication app) => this.app = app;

    /// <summary>The issuer URL (http://127.0.0.1:PORT), which is also every token's iss.</summary>
    public string Url { get; private set; } = "";

    /// <summary>The provider's name in IAM: the URL without its scheme.</summary>
    public string Host => Url["http://".Length..];

    public static async Task<TestOidcIssuer> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        var app = builder.Build();
        var issuer = new TestOidcIssuer(app);
        app.Run(issuer.HandleAsync);
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        issuer.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return issuer;
    }

    /// <summary>A token with the standard claims (iss, sub, aud, iat, exp) and any extra ones.</summary>
    public string Rs256(string subject, string audience, TimeSpan lifetime, JsonObject? extra = null) =>
        Sign(Claims(subject, audience, lifetime, extra), "RS256", "rsa-1", data => rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    public string Es256(string subject, string audience, TimeSpan lifetime) =>
        Sign(Claims(subject, audience, lifetime, null), "ES256", "ec-1", data => ec.SignData(data, HashAlgorithmName.SHA256));

    /// <summary>A token signed with the key <see cref="Rotate"/> publishes.</summary>
    public string RotatedRs256(string subject, string audience, TimeSpan lifetime) =>
        Sign(Claims(subject, audience, lifetime, null), "RS256", "rsa-2", data => rotated.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    public void Rotate() => rotatedPublished = true;

    public int KeySetFetches => Volatile.Read(ref keySetFetches);

    public string ForgeRs256(string subject, string audience, TimeSpan lifetime) =>
        Sign(Claims(subject, audience, lifetime, null), "RS256", "rsa-1", data => stranger.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    /// <summary>A token whose claims were changed after signing (the signature is the original's).</summary>
    public string Altered(string subject, string audience, TimeSpan lifetime)
    {
        var genuine = Rs256(subject, audience, lifetime).Split('.');
        var claims = Claims("someone-else", audience, lifetime, null);
        return $"{genuine[0]}.{Encode(claims)}.{genuine[2]}";
    }

    private JsonObject Claims(string subject, string audience, TimeSpan lifetime, JsonObject? extra)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var claims = new JsonObject
        {
            ["iss"] = Url,
            ["sub"] = subject,
            ["aud"] = audience,
            ["iat"] = now - 60,
            ["exp"] = now + (long)lifetime.TotalSeconds,
        };
        foreach (var (name, value) in extra ?? [])
        {
            claims[name] = value?.DeepClone();
        }
        return claims;
    }

    private static string Sign(JsonObject claims, string algorithm, string keyId, Func<byte[], byte[]> sign)
    {
        var header = new JsonObject { ["alg"] = algorithm, ["typ"] = "JWT", ["kid"] = keyId };
        var signed = Encode(header) + "." + Encode(claims);
        return signed + "." + Base64Url.EncodeToString(sign(Encoding.ASCII.GetBytes(signed)));
    }

    private static string Encode(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));

    private async Task HandleAsync(HttpContext http)
    {
        http.Response.ContentType = "application/json";
        switch (http.Request.Path.Value)
        {
            case "/.well-known/openid-configuration":
                await http.Response.WriteAsync(new JsonObject { ["issuer"] = Url, ["jwks_uri"] = Url + "/keys" }.ToJsonString());
                break;
            case "/keys":
                Interlocked.Increment(ref keySetFetches);
                await http.Response.WriteAsync(Jwks().ToJsonString());
                break;
            default:
                http.Response.StatusCode = 404;
                break;
        }
    }

    private JsonObject Jwks()
    {
        var rsaKey = rsa.ExportParameters(false);
        var ecKey = ec.ExportParameters(false);
        var jwks = new JsonObject
        {
            ["keys"] = new JsonArray(
                new JsonObject
                {
                    ["kty"] = "RSA",
                    ["kid"] = "rsa-1",
                    ["use"] = "sig",
                    ["alg"] = "RS256",
                    ["n"] = Base64Url.EncodeToString(rsaKey.Modulus),
                    ["e"] = Base64Url.EncodeToString(rsaKey.Exponent),
                },
                new JsonObject
                {
                    ["kty"] = "EC",
                    ["kid"] = "ec-1",
                    ["use"] = "sig",
                    ["crv"] = "P-256",
                    ["x"] = Base64Url.EncodeToString(ecKey.Q.X),
                    ["y"] = Base64Url.EncodeToString(ecKey.Q.Y),
                }),
        };
        if (rotatedPublished)
        {
            var rotatedKey = rotated.ExportParameters(false);
            jwks["keys"]!.AsArray().Add(new JsonObject
            {
                ["kty"] = "RSA",
                ["kid"] = "rsa-2",
                ["use"] = "sig",
                ["alg"] = "RS256",
                ["n"] = Base64Url.EncodeToString(rotatedKey.Modulus),
                ["e"] = Base64Url.EncodeToString(rotatedKey.Exponent),
            });
        }
        return jwks;
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        rsa.Dispose();
        ec.Dispose();
        rotated.Dispose();
        stranger.Dispose();
    }
}
