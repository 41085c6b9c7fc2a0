using System.Text.Json.Serialization;

namespace Rampart.Audit;

/// <summary>userIdentity.sessionContext: present when the request was signed with temporary credentials.</summary>
/// <param name="SourceIdentity">The source identity set when the role was assumed, if any.</param>
public sealed record SessionContext(
    [property: JsonPropertyName("sessionIssuer")] SessionIssuer? SessionIssuer,
    [property: JsonPropertyName("attributes")] SessionAttributes? Attributes,
    [property: JsonPropertyName("sourceIdentity")] string? SourceIdentity);
