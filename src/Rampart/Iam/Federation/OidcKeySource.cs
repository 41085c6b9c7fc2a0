using System.Net;
using System.Text.Json;

namespace Rampart.Iam.Federation;

/// <summary>Fetches an issuer's signing keys the way STS does: the discovery document at
/// ISSUER/.well-known/openid-configuration names the jwks_uri, which is fetched in turn. Both must be https (or
/// http on a loopback host, for tests), answer within a few seconds, and stay small.</summary>
public sealed class OidcKeySource : IDisposable
{
    private const int MaxDocumentBytes = 512 * 1024;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private readonly HttpClient http = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectTimeout = Timeout,
    })
    {
        Timeout = Timeout,
        MaxResponseContentBufferSize = MaxDocumentBytes,
    };

    public async ValueTask<JsonWebKeySet> KeysAsync(string issuerUrl, CancellationToken cancellationToken)
    {
        using var discovery = await FetchAsync(issuerUrl + "/.well-known/openid-configuration", cancellationToken);
        if (discovery.RootElement.ValueKind != JsonValueKind.Object
            || !discovery.RootElement.TryGetProperty("jwks_uri", out var jwksUri) || jwksUri.ValueKind != JsonValueKind.String)
        {
            throw FederationErrors.NoVerificationKey();
        }
        using var keys = await FetchAsync(jwksUri.GetString()!, cancellationToken);
        return new JsonWebKeySet(keys.RootElement.Clone());
    }

    private async ValueTask<JsonDocument> FetchAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && OidcProviderUrl.IsLoopback(uri))))
        {
            throw FederationErrors.NoVerificationKey();
        }
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(uri, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw FederationErrors.IdpCommunication(
                "The request could not be fulfilled because the identity provider (IDP) that was asked to verify the incoming identity token could not be reached.");
        }
        using (response)
        {
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw FederationErrors.NoVerificationKey();
            }
            try
            {
                return JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken));
            }
            catch (Exception e) when (e is JsonException or HttpRequestException)
            {
                throw FederationErrors.NoVerificationKey();
            }
        }
    }

    public void Dispose() => http.Dispose();
}
