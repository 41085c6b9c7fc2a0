namespace Rampart.Kms.Grants;

/// <summary>A grant as stored and as ListGrants returns it.</summary>
/// <param name="KeyId">The key's ARN, as ListGrants reports it.</param>
public sealed record GrantRecord(
    string KeyId,
    string GrantId,
    string? Name,
    DateTimeOffset CreationDate,
    string GranteePrincipal,
    string? RetiringPrincipal,
    string IssuingAccount,
    IReadOnlyList<string> Operations,
    GrantConstraints? Constraints);
