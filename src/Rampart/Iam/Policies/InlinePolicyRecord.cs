namespace Rampart.Iam.Policies;

/// <summary>An inline policy embedded in a user, group or role (collection <see cref="PolicyCollections.InlinePolicy"/>).</summary>
/// <param name="Size">Its size as IAM's quota counts it (characters other than whitespace).</param>
public sealed record InlinePolicyRecord(HolderKind HolderKind, string HolderId, string PolicyName, string Document, int Size);
