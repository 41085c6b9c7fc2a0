namespace Rampart.Iam.Policies;

/// <summary>One managed policy used by one holder, as a permissions policy (stored under the holder in
/// <see cref="PolicyCollections.Attachment"/> and under the policy in <see cref="PolicyCollections.AttachedEntity"/>)
/// or as its permissions boundary (stored under the policy only; the holder's own record names its boundary).</summary>
public sealed record AttachmentRecord(string PolicyArn, string PolicyName, string PolicyPath, HolderKind HolderKind, string HolderId);
