namespace Rampart.Organizations.Policies;

/// <summary>A policy type enabled in a root. AWS enables types asynchronously; here the change is complete when the
/// call returns, so the status is always ENABLED.</summary>
public sealed record EnabledPolicyTypeRecord(string Type, DateTimeOffset EnabledAt);
