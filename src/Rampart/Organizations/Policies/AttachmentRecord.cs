namespace Rampart.Organizations.Policies;

/// <summary>A policy attached to a root, OU or account.</summary>
public sealed record AttachmentRecord(string PolicyId, string TargetId, string Type, DateTimeOffset AttachedAt);
