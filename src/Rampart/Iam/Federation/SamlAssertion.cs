namespace Rampart.Iam.Federation;

/// <summary>What STS reads from a verified SAML assertion.</summary>
/// <param name="Issuer">The assertion's Issuer: the IdP's entity ID.</param>
/// <param name="SubjectType">The NameID's Format, shortened for the SAML 2.0 formats (persistent, transient).</param>
/// <param name="Recipient">The SubjectConfirmationData Recipient: where the response was sent.</param>
/// <param name="Attributes">Attribute name to values.</param>
public sealed record SamlAssertion(
    string Issuer,
    string Subject,
    string SubjectType,
    string? Recipient,
    IReadOnlyList<string> Audiences,
    DateTimeOffset? NotBefore,
    DateTimeOffset? NotOnOrAfter,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes)
{
    public const string RoleAttribute = "https://aws.amazon.com/SAML/Attributes/Role";
    public const string RoleSessionNameAttribute = "https://aws.amazon.com/SAML/Attributes/RoleSessionName";
    public const string SessionDurationAttribute = "https://aws.amazon.com/SAML/Attributes/SessionDuration";
    public const string SourceIdentityAttribute = "https://aws.amazon.com/SAML/Attributes/SourceIdentity";
    public const string PrincipalTagPrefix = "https://aws.amazon.com/SAML/Attributes/PrincipalTag:";
    public const string TransitiveTagKeysAttribute = "https://aws.amazon.com/SAML/Attributes/TransitiveTagKeys";

    public IReadOnlyList<string> Values(string attribute) => Attributes.TryGetValue(attribute, out var values) ? values : [];
}
