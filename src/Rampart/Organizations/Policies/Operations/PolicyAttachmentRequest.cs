namespace Rampart.Organizations.Policies.Operations;

/// <summary>The request of AttachPolicy and DetachPolicy.</summary>
public sealed record PolicyAttachmentRequest(string PolicyId, string TargetId);
