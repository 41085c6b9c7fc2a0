using System.Text.Json.Nodes;
using Rampart.Protocol;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Sts.Outbound;

/// <summary>The OIDC discovery documents of each account's outbound token issuer, which external services fetch to
/// verify GetWebIdentityToken's JWTs: ISSUER/.well-known/openid-configuration and the JWKS it names. Requests reach
/// them by the issuer's host name (the Host header), as they would reach AWS's issuer.</summary>
public sealed class OutboundIssuerDocuments(IStore store, SecretProtector secrets)
{
    public const string ConfigurationPath = "/.well-known/openid-configuration";
    public const string KeysPath = "/.well-known/jwks.json";

    private readonly OutboundSigningKeys keys = new(store, secrets);

    public static bool Handles(WireRequest request) => request.Path is ConfigurationPath or KeysPath;

    public async Task<WireResponse> HandleAsync(WireRequest request, CancellationToken cancellationToken)
    {
        if (request.Method is not ("GET" or "HEAD"))
        {
            return Json(405, new JsonObject { ["message"] = "Only GET is allowed here." });
        }
        var host = request.Header("Host") is { } value ? value.Split(':')[0] : "";
        if (await keys.IssuerAsync(host, cancellationToken) is not { } issuer)
        {
            return Json(404, new JsonObject { ["message"] = $"No token issuer is served at {host}." });
        }
        if (request.Path == ConfigurationPath)
        {
            return Json(200, new JsonObject
            {
                ["issuer"] = issuer.IssuerIdentifier,
                ["jwks_uri"] = issuer.IssuerIdentifier + KeysPath,
                ["response_types_supported"] = new JsonArray("id_token"),
                ["subject_types_supported"] = new JsonArray("public"),
                ["id_token_signing_alg_values_supported"] = new JsonArray([.. OutboundSigningKeys.Algorithms.Select(a => (JsonNode)a)]),
            });
        }
        var jwks = new JsonArray();
        foreach (var signer in await keys.AllAsync(issuer.AccountId, cancellationToken))
        {
            var jwk = new JsonObject();
            foreach (var (name, member) in signer.PublicJwk())
            {
                jwk[name] = member;
            }
            jwks.Add(jwk);
        }
        return Json(200, new JsonObject { ["keys"] = jwks });
    }

    private static WireResponse Json(int status, JsonObject body) =>
        new(status, [new("Content-Type", "application/json")], System.Text.Encoding.UTF8.GetBytes(body.ToJsonString()));
}
