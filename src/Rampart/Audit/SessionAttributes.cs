using System.Text.Json.Serialization;

namespace Rampart.Audit;

/// <summary>userIdentity.sessionContext.attributes: when temporary credentials were issued, and whether MFA was
/// used to obtain them (CloudTrail writes the flag as the string "true" or "false").</summary>
public sealed record SessionAttributes(
    [property: JsonPropertyName("creationDate")] string CreationDate,
    [property: JsonPropertyName("mfaAuthenticated")] string MfaAuthenticated);
