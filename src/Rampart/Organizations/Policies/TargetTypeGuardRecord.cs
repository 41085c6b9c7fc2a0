namespace Rampart.Organizations.Policies;

/// <summary>When a target's policies of one type last changed (see <see cref="PolicyCollections.TargetTypeGuard"/>).</summary>
public sealed record TargetTypeGuardRecord(DateTimeOffset ChangedAt);
