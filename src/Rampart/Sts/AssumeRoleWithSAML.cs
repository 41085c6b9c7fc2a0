using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Rampart.Iam.Common;
using Rampart.Iam.Federation;
using Rampart.Iam.Roles;
using Rampart.Identity;
using Rampart.Identity.Sessions;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Protocol;
using Rampart.Storage;
using Rampart.Storage.Secrets;

namespace Rampart.Sts;

public sealed record AssumeRoleWithSAMLRequest(
    string RoleArn,
    string PrincipalArn,
    string SAMLAssertion,
    IReadOnlyList<PolicyDescriptor>? PolicyArns,
    string? Policy,
    int? DurationSeconds);

public sealed record AssumeRoleWithSAMLResponse(
    IssuedCredentials Credentials,
    AssumedRoleUser AssumedRoleUser,
    string Subject,
    string SubjectType,
    string Issuer,
    string? Audience,
    string NameQualifier,
    string? SourceIdentity);

/// <summary>Exchanges a SAML 2.0 response from a registered SAML provider for a role session. The response must be
/// signed by a certificate of the provider's metadata (see <see cref="SamlResponseVerifier"/>), issued by its entity,
/// meant for AWS, current, and list the pair (role, provider) in its Role attribute; then the role's trust policy
/// must allow the provider, seeing the assertion as the saml:* condition keys. The request is unsigned.</summary>
public sealed partial class AssumeRoleWithSAML(IStore store, SecretProtector secrets) : Operation<AssumeRoleWithSAMLRequest, AssumeRoleWithSAMLResponse>
{
    private const string Action = "sts:AssumeRoleWithSAML";

    /// <summary>Audiences AWS answers to: the sign-in endpoint, global or regional, and the older URN.</summary>
    private static readonly Regex AwsAudience = AwsAudiencePattern();

    private readonly RoleSessions sessions = new(store, secrets);
    private readonly SamlPrivateKeys privateKeys = new(secrets);

    public override string Service => "sts";

    public override string Name => "AssumeRoleWithSAML";

    protected override OperationDeclaration<AssumeRoleWithSAMLRequest> Declaration { get; } = new()
    {
        Action = Action,
        ReadOnly = false,
        AuthorizationRequired = false,
        Resources = (request, _) => [request.RoleArn],
    };

    protected override async Task<AssumeRoleWithSAMLResponse> HandleAsync(AssumeRoleWithSAMLRequest request, CallContext call, CancellationToken cancellationToken)
    {
        SessionPolicies.Validate(request.Policy, request.PolicyArns);
        var provider = await FindProviderAsync(request.PrincipalArn, cancellationToken);
        var decryptionKeys = provider.PrivateKeys.Select(key => privateKeys.Open(provider.Arn, key)).ToList();
        string response;
        try
        {
            response = SamlAssertionDecryption.Open(request.SAMLAssertion, decryptionKeys, provider.AssertionEncryptionMode == "Required");
        }
        finally
        {
            decryptionKeys.ForEach(key => key.Dispose());
        }
        var assertion = SamlResponseVerifier.Verify(response, provider.Metadata);
        if (assertion.Issuer != provider.Metadata.EntityId)
        {
            throw FederationErrors.InvalidIdentityToken("Issuer of the SAML assertion does not match the provider's entity ID.");
        }
        if (!assertion.Audiences.Any(AwsAudience.IsMatch))
        {
            throw FederationErrors.InvalidIdentityToken("The SAML assertion's audience does not include https://signin.aws.amazon.com/saml.");
        }
        CheckTimes(assertion, call.Time);
        var role = await sessions.FindAsync(request.RoleArn, cancellationToken);
        if (role is null || role.AccountId != provider.AccountId || !ListsRole(assertion, request.RoleArn, request.PrincipalArn))
        {
            throw StsErrors.AccessDenied($"Not authorized to perform {Action}");
        }
        var sessionName = assertion.Values(SamlAssertion.RoleSessionNameAttribute).FirstOrDefault()
            ?? throw FederationErrors.InvalidIdentityToken("The SAML assertion has no https://aws.amazon.com/SAML/Attributes/RoleSessionName attribute.");
        if (!SessionName().IsMatch(sessionName))
        {
            throw FederationErrors.InvalidIdentityToken("The RoleSessionName in the SAML assertion must be 2 to 64 characters of letters, digits and +=,.@_-.");
        }

        var tags = SessionTagsOf(assertion);
        var sourceIdentity = assertion.Values(SamlAssertion.SourceIdentityAttribute).FirstOrDefault();
        var nameQualifier = NameQualifier(assertion.Issuer, provider);
        var federated = new Principal(PrincipalType.Saml, provider.Arn, provider.AccountId, $"{nameQualifier}:{assertion.Subject}", assertion.Subject,
            new Dictionary<string, string>(), null, null);
        var keys = ConditionKeys(assertion, provider, nameQualifier, sessionName, sourceIdentity);
        FederatedTrust.Require(call, role, federated, Action, keys, tags.Tags);
        if (tags.Count > 0)
        {
            FederatedTrust.Require(call, role, federated, "sts:TagSession", keys, tags.Tags);
        }
        if (sourceIdentity is not null)
        {
            FederatedTrust.Require(call, role, federated, "sts:SetSourceIdentity", keys, tags.Tags);
        }

        var duration = Duration(request.DurationSeconds, assertion, role);
        var transitive = SessionTags.Chain(null, tags.Tags, tags.TransitiveKeys);
        var (credentials, user) = await sessions.IssueAsync(role, sessionName, duration, call,
            new RoleSessionOptions(request.Policy, request.PolicyArns)
            {
                SessionTags = transitive.All,
                TransitiveTags = transitive.Transitive,
                SourceIdentity = sourceIdentity,
                FederatedProvider = provider.Arn,
            },
            cancellationToken);
        return new AssumeRoleWithSAMLResponse(credentials, user, assertion.Subject, assertion.SubjectType, assertion.Issuer, assertion.Recipient,
            nameQualifier, sourceIdentity);
    }

    private async ValueTask<SamlProviderRecord> FindProviderAsync(string principalArn, CancellationToken cancellationToken)
    {
        try
        {
            return (await new SamlProviderDirectory(store).RequireAsync(null, principalArn, cancellationToken)).Provider;
        }
        catch (AwsException e) when (e.Error.Code is "NoSuchEntity" or "InvalidInput")
        {
            throw FederationErrors.InvalidIdentityToken("Specified provider doesn't exist.");
        }
    }

    private static void CheckTimes(SamlAssertion assertion, DateTimeOffset now)
    {
        if (assertion.NotBefore is { } notBefore && now < notBefore)
        {
            throw FederationErrors.InvalidIdentityToken($"The SAML assertion is not yet valid: NotBefore is {Format(notBefore)}.");
        }
        if (assertion.NotOnOrAfter is { } notOnOrAfter && now >= notOnOrAfter)
        {
            throw FederationErrors.ExpiredToken($"The SAML assertion expired at {Format(notOnOrAfter)}; the current date/time is {Format(now)}.");
        }
    }

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Each Role attribute value is "role ARN,provider ARN", in either order.</summary>
    private static bool ListsRole(SamlAssertion assertion, string roleArn, string providerArn) =>
        assertion.Values(SamlAssertion.RoleAttribute).Any(value =>
            value.Split(',', StringSplitOptions.TrimEntries) is [var a, var b]
            && ((a == roleArn && b == providerArn) || (a == providerArn && b == roleArn)));

    /// <summary>The shorter of the requested duration and the assertion's SessionDuration, within the role's maximum.</summary>
    private static int Duration(int? requested, SamlAssertion assertion, RoleRecord role)
    {
        var duration = RoleSessions.Duration(requested, role);
        if (assertion.Values(SamlAssertion.SessionDurationAttribute).FirstOrDefault() is { } text)
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var attribute) || attribute is < StsDurations.Minimum or > 43200)
            {
                throw FederationErrors.InvalidIdentityToken("The SessionDuration attribute must be a number of seconds from 900 to 43200.");
            }
            duration = requested is null ? Math.Min(attribute, role.MaxSessionDuration) : Math.Min(duration, attribute);
        }
        return duration;
    }

    private static SessionTags.Requested SessionTagsOf(SamlAssertion assertion)
    {
        var tags = assertion.Attributes
            .Where(a => a.Key.StartsWith(SamlAssertion.PrincipalTagPrefix, StringComparison.Ordinal))
            .Select(a => new IamTag(a.Key[SamlAssertion.PrincipalTagPrefix.Length..], a.Value.FirstOrDefault() ?? ""))
            .ToList();
        return SessionTags.Check(tags, assertion.Values(SamlAssertion.TransitiveTagKeysAttribute));
    }

    /// <summary>saml:namequalifier: base64 of SHA-1 over issuer, account ID and "/" provider name, as IAM documents.</summary>
    private static string NameQualifier(string issuer, SamlProviderRecord provider) =>
        Convert.ToBase64String(SHA1.HashData(Encoding.UTF8.GetBytes(issuer + provider.AccountId + "/" + provider.Name)));

    private static Dictionary<string, ContextValue> ConditionKeys(SamlAssertion assertion, SamlProviderRecord provider, string nameQualifier,
        string sessionName, string? sourceIdentity)
    {
        var keys = new Dictionary<string, ContextValue>
        {
            ["saml:iss"] = ContextValue.Single(assertion.Issuer),
            ["saml:sub"] = ContextValue.Single(assertion.Subject),
            ["saml:sub_type"] = ContextValue.Single(assertion.SubjectType),
            ["saml:namequalifier"] = ContextValue.Single(nameQualifier),
            ["saml:doc"] = ContextValue.Single($"{provider.AccountId}/{provider.Name}"),
            ["aws:FederatedProvider"] = ContextValue.Single(provider.Arn),
            ["sts:RoleSessionName"] = ContextValue.Single(sessionName),
        };
        if (assertion.Recipient is { } recipient)
        {
            keys["saml:aud"] = ContextValue.Single(recipient);
        }
        if (sourceIdentity is not null)
        {
            keys["sts:SourceIdentity"] = ContextValue.Single(sourceIdentity);
        }
        return keys;
    }

    [GeneratedRegex(@"\A(https://([a-z0-9-]+\.)?signin\.aws\.amazon\.com/saml|urn:amazon:webservices)\z")]
    private static partial Regex AwsAudiencePattern();

    [GeneratedRegex(@"\A[\w+=,.@-]{2,64}\z")]
    private static partial Regex SessionName();
}
