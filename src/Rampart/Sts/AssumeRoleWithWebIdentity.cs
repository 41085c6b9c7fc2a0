using System.Globalization;
using Rampart.Iam.Common;
using Rampart.Iam.Federation;
using Rampart.Identity;
using Rampart.Identity.Sessions;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Sts;

public sealed record AssumeRoleWithWebIdentityRequest(
    string RoleArn,
    string RoleSessionName,
    string WebIdentityToken,
    string? ProviderId,
    IReadOnlyList<PolicyDescriptor>? PolicyArns,
    string? Policy,
    int? DurationSeconds);

public sealed record AssumeRoleWithWebIdentityResponse(
    IssuedCredentials Credentials,
    string? SubjectFromWebIdentityToken,
    AssumedRoleUser AssumedRoleUser,
    string Provider,
    string Audience,
    string? SourceIdentity);

/// <summary>Exchanges an OIDC ID token for a role session. The token is accepted only when its issuer is an OIDC
/// provider registered in the role's account, its signature verifies against a key the issuer publishes, it has not
/// expired, and its audience is one of the provider's client IDs; then the role's trust policy must allow the
/// provider as federated principal, seeing the token's claims as PROVIDER:sub, PROVIDER:aud and PROVIDER:amr.
/// The request is unsigned: the token is the caller's only credential.</summary>
public sealed class AssumeRoleWithWebIdentity(IStore store, SecretProtector secrets) : Operation<AssumeRoleWithWebIdentityRequest, AssumeRoleWithWebIdentityResponse>, IDisposable
{
    private const string Action = "sts:AssumeRoleWithWebIdentity";
    private const string SourceIdentityClaim = "https://aws.amazon.com/source_identity";

    private readonly OidcSigningKeys signingKeys = new();
    private readonly RoleSessions sessions = new(store, secrets);

    public override string Service => "sts";

    public override string Name => "AssumeRoleWithWebIdentity";

    /// <summary>The role's trust policy decides, in the handler: the caller is the identity provider, known only
    /// once the token is verified.</summary>
    protected override OperationDeclaration<AssumeRoleWithWebIdentityRequest> Declaration { get; } = new()
    {
        Action = Action,
        ReadOnly = false,
        AuthorizationRequired = false,
        Resources = (request, _) => [request.RoleArn],
    };

    protected override async Task<AssumeRoleWithWebIdentityResponse> HandleAsync(AssumeRoleWithWebIdentityRequest request, CallContext call, CancellationToken cancellationToken)
    {
        SessionPolicies.Validate(request.Policy, request.PolicyArns);
        if (request.ProviderId is not null)
        {
            throw StsErrors.Validation("ProviderId names an OAuth 2.0 provider (www.amazon.com or graph.facebook.com), whose access tokens Rampart cannot verify; send an OpenID Connect ID token without ProviderId.");
        }
        var token = Iam.Federation.WebIdentityToken.Parse(request.WebIdentityToken);
        var role = await sessions.FindAsync(request.RoleArn, cancellationToken);
        var provider = role is null ? null : await FindProviderAsync(role.AccountId, token, cancellationToken);
        if (role is null || provider is null)
        {
            throw role is null
                ? StsErrors.AccessDenied($"Not authorized to perform {Action}")
                : FederationErrors.InvalidIdentityToken($"No OpenIDConnect provider found in your account for {token.Issuer}");
        }

        var keys = await signingKeys.ForAsync(provider.IssuerUrl, token, call.Time, cancellationToken);
        if (!keys.HasKeyFor(token))
        {
            throw FederationErrors.NoVerificationKey();
        }
        if (!keys.Verifies(token))
        {
            throw FederationErrors.InvalidIdentityToken("The web identity token's signature is not valid for any key its issuer publishes.");
        }
        CheckTimes(token, call.Time);
        var audience = token.Audiences.FirstOrDefault(aud => provider.ClientIds.Contains(aud, StringComparer.Ordinal))
            ?? throw FederationErrors.InvalidIdentityToken("Incorrect token audience");
        if (token.Subject is not { Length: > 0 } subject)
        {
            throw FederationErrors.InvalidIdentityToken("The web identity token has no sub claim.");
        }

        var tags = WebIdentitySessionTags.Read(token);
        var sourceIdentity = token.StringClaim(SourceIdentityClaim);
        var federated = new Principal(PrincipalType.WebIdentity, provider.Arn, role.AccountId, $"{provider.Name}:{subject}", subject,
            new Dictionary<string, string>(), null, null);
        var claims = ClaimKeys(provider, token, audience, subject, request.RoleSessionName, sourceIdentity);
        FederatedTrust.Require(call, role, federated, Action, claims, tags.Tags);
        if (tags.Count > 0)
        {
            FederatedTrust.Require(call, role, federated, "sts:TagSession", claims, tags.Tags);
        }
        if (sourceIdentity is not null)
        {
            FederatedTrust.Require(call, role, federated, "sts:SetSourceIdentity", claims, tags.Tags);
        }

        var duration = RoleSessions.Duration(request.DurationSeconds, role);
        var transitive = SessionTags.Chain(null, tags.Tags, tags.TransitiveKeys);
        var (credentials, user) = await sessions.IssueAsync(role, request.RoleSessionName, duration, call,
            new RoleSessionOptions(request.Policy, request.PolicyArns)
            {
                SessionTags = transitive.All,
                TransitiveTags = transitive.Transitive,
                SourceIdentity = sourceIdentity,
                FederatedProvider = provider.Arn,
            },
            cancellationToken);
        return new AssumeRoleWithWebIdentityResponse(credentials, subject, user, token.Issuer!, audience, sourceIdentity);
    }

    /// <summary>The provider registered for the token's issuer: the iss claim is the provider's URL, with or without
    /// its scheme (some issuers, such as accounts.google.com, leave it out).</summary>
    private async ValueTask<OidcProviderRecord?> FindProviderAsync(string accountId, WebIdentityToken token, CancellationToken cancellationToken)
    {
        if (token.Issuer is not { Length: > 0 } issuer)
        {
            throw FederationErrors.InvalidIdentityToken("The web identity token has no iss claim.");
        }
        var name = OidcProviderUrl.NameOf(issuer);
        var provider = name.Length is > 0 and <= 255 ? await new OidcProviderDirectory(store).FindAsync(accountId, name, cancellationToken) : null;
        return provider is not null && (issuer == provider.IssuerUrl || issuer == provider.Name) ? provider : null;
    }

    private static void CheckTimes(WebIdentityToken token, DateTimeOffset now)
    {
        if (token.ExpiresAt is not { } expiresAt)
        {
            throw FederationErrors.InvalidIdentityToken("The web identity token has no exp claim.");
        }
        if (now >= expiresAt)
        {
            throw FederationErrors.ExpiredToken(
                $"Token expired: current date/time {Format(now)} must be before the expiration date/time {Format(expiresAt)}");
        }
        if (token.NotBefore is { } notBefore && now < notBefore)
        {
            throw FederationErrors.InvalidIdentityToken($"Token is not yet valid: current date/time {Format(now)} is before the not-before date/time {Format(notBefore)}");
        }
    }

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static Dictionary<string, ContextValue> ClaimKeys(OidcProviderRecord provider, WebIdentityToken token, string audience, string subject,
        string sessionName, string? sourceIdentity)
    {
        var keys = new Dictionary<string, ContextValue>
        {
            [provider.Name + ":aud"] = ContextValue.Single(audience),
            [provider.Name + ":sub"] = ContextValue.Single(subject),
            ["aws:FederatedProvider"] = ContextValue.Single(provider.Arn),
            ["sts:RoleSessionName"] = ContextValue.Single(sessionName),
        };
        if (token.AuthenticationMethods is { Count: > 0 } amr)
        {
            keys[provider.Name + ":amr"] = ContextValue.Multiple(amr);
        }
        if (sourceIdentity is not null)
        {
            keys["sts:SourceIdentity"] = ContextValue.Single(sourceIdentity);
        }
        return keys;
    }

    public void Dispose() => signingKeys.Dispose();
}
