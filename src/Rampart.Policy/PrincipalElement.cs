namespace Rampart.Policy;

/// <summary>A Principal or NotPrincipal element. <c>"*"</c> alone sets <see cref="IsWildcard"/>; otherwise
/// values are grouped by type ("AWS", "Service", "Federated", "CanonicalUser").</summary>
public sealed record PrincipalElement(bool IsWildcard, IReadOnlyDictionary<string, IReadOnlyList<string>> ByType);
