namespace Rampart.Waf.Api.ManagedRules;

public sealed record ListManagedRuleSetsRequest(string Scope, string? NextMarker, int? Limit);

public sealed record ListManagedRuleSetsResponse(string? NextMarker, IReadOnlyList<object> ManagedRuleSets);

public sealed record ManagedRuleSetRequest(string Name, string Scope, string Id, string? LockToken);
