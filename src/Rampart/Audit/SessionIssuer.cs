using System.Text.Json.Serialization;

namespace Rampart.Audit;

/// <summary>The identity that issued temporary credentials (userIdentity.sessionContext.sessionIssuer).</summary>
/// <param name="Type">"Role", "IAMUser" or "Root", as CloudTrail writes it.</param>
public sealed record SessionIssuer(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("principalId")] string PrincipalId,
    [property: JsonPropertyName("arn")] string Arn,
    [property: JsonPropertyName("accountId")] string AccountId,
    [property: JsonPropertyName("userName")] string? UserName);
