namespace Rampart.Iam.Policies;

/// <summary>One stored version of a managed policy, its document as the caller sent it.</summary>
public sealed record PolicyVersionRecord(string VersionId, string Document, DateTimeOffset CreateDate);
