using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Rampart.Iam.AccountSettings;
using Rampart.Iam.Common;
using Rampart.Identity.Sessions;
using Rampart.Operations;
using Rampart.Organizations;
using Rampart.Policy;
using Rampart.Protocol;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Sts.Outbound;

public sealed record GetWebIdentityTokenRequest(IReadOnlyList<string> Audience, int? DurationSeconds, string SigningAlgorithm, IReadOnlyList<IamTag>? Tags);

public sealed record GetWebIdentityTokenResponse(string WebIdentityToken, DateTimeOffset Expiration);

/// <summary>Outbound identity federation: a JWT signed with the account's key that says who the caller is, for
/// external services that trust the account's issuer (IAM EnableOutboundWebIdentityFederation) and verify the token
/// against the keys that issuer publishes. Identity claims and request tags sit under the "https://sts.amazonaws.com/"
/// claim, as AWS lays them out.</summary>
public sealed class GetWebIdentityToken(IStore store, SecretProtector secrets, IEnumerable<IOrganizationDirectory> directories)
    : Operation<GetWebIdentityTokenRequest, GetWebIdentityTokenResponse>
{
    private const int DefaultDuration = 300;
    private const string AwsClaims = "https://sts.amazonaws.com/";

    private readonly OutboundSigningKeys keys = new(store, secrets);
    private readonly IOrganizationDirectory? organizations = directories.FirstOrDefault();

    public override string Service => "sts";

    public override string Name => "GetWebIdentityToken";

    protected override OperationDeclaration<GetWebIdentityTokenRequest> Declaration { get; } = new()
    {
        Action = "sts:GetWebIdentityToken",
        ReadOnly = true,
        ContextKeys = (request, _) => new Dictionary<string, ContextValue>
        {
            ["sts:IdentityTokenAudience"] = ContextValue.Multiple(request.Audience),
            ["sts:DurationSeconds"] = ContextValue.Single((request.DurationSeconds ?? DefaultDuration).ToString(CultureInfo.InvariantCulture)),
            ["sts:SigningAlgorithm"] = ContextValue.Single(request.SigningAlgorithm),
        },
        RequestTags = request => IamTags.ToDictionary(request.Tags ?? []),
    };

    protected override async Task<GetWebIdentityTokenResponse> HandleAsync(GetWebIdentityTokenRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (!OutboundSigningKeys.Algorithms.Contains(request.SigningAlgorithm))
        {
            throw StsErrors.Validation(
                $"1 validation error detected: Value '{request.SigningAlgorithm}' at 'signingAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [RS256, ES384]");
        }
        var tags = SessionTags.Check(request.Tags, null).Tags;
        var (setting, _) = await OutboundFederation.ReadAsync(store, call.AccountId, cancellationToken);
        if (setting is not { Enabled: true })
        {
            throw new AwsException("OutboundWebIdentityFederationDisabledException",
                "The outbound web identity federation feature is not enabled for this account.", 403);
        }
        var issuedAt = IamClock.ToSeconds(call.Time);
        var expiration = issuedAt.AddSeconds(request.DurationSeconds ?? DefaultDuration);
        if (call.Caller.Session is not null && call.Caller.AccessKeyId is { } keyId
            && await new TemporaryCredentials(store, secrets).FindAsync(keyId, cancellationToken) is { } session && expiration > session.Expiration)
        {
            throw new AwsException("SessionDurationEscalationException",
                "The requested token duration would extend the session beyond its original expiration time.", 403);
        }

        var signer = await keys.SignerAsync(call.AccountId, setting.IssuerIdentifier, request.SigningAlgorithm, call.Time, cancellationToken);
        var claims = new JsonObject
        {
            ["iss"] = setting.IssuerIdentifier,
            ["sub"] = call.Caller.Session?.RoleArn ?? call.Caller.Arn,
            ["aud"] = request.Audience.Count == 1 ? request.Audience[0] : new JsonArray([.. request.Audience.Select(a => (JsonNode)a)]),
            ["iat"] = issuedAt.ToUnixTimeSeconds(),
            ["nbf"] = issuedAt.ToUnixTimeSeconds(),
            ["exp"] = expiration.ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString(),
            [AwsClaims] = await AwsClaimsAsync(call, tags, cancellationToken),
        };
        var header = new JsonObject { ["alg"] = signer.Algorithm, ["typ"] = "JWT", ["kid"] = signer.KeyId };
        var signingInput = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header.ToJsonString())) + "."
            + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        var signature = signer.Sign(Encoding.ASCII.GetBytes(signingInput));
        return new GetWebIdentityTokenResponse(signingInput + "." + Base64Url.EncodeToString(signature), expiration);
    }

    /// <summary>Who the caller is in AWS's terms: its account, the region asked, its organization and path, its
    /// principal tags, and the tags of this request.</summary>
    private async ValueTask<JsonObject> AwsClaimsAsync(CallContext call, IReadOnlyDictionary<string, string> requestTags, CancellationToken cancellationToken)
    {
        var claims = new JsonObject
        {
            ["aws_account"] = call.AccountId,
            ["source_region"] = call.Region,
        };
        if (organizations is not null && await organizations.FindAsync(call.AccountId, cancellationToken) is { } placement)
        {
            claims["org_id"] = placement.OrganizationId;
            claims["ou_path"] = placement.OrganizationPath;
        }
        if (call.Caller.Tags.Count > 0)
        {
            claims["principal_tags"] = TagObject(call.Caller.Tags);
        }
        if (requestTags.Count > 0)
        {
            claims["request_tags"] = TagObject(requestTags);
        }
        return claims;
    }

    private static JsonObject TagObject(IReadOnlyDictionary<string, string> tags)
    {
        var json = new JsonObject();
        foreach (var (key, value) in tags)
        {
            json[key] = value;
        }
        return json;
    }
}
