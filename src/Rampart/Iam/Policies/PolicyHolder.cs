using Rampart.Storage.Items;

namespace Rampart.Iam.Policies;

/// <summary>A user, group or role as policies see it. Its policies are keyed by <see cref="Id"/>, so renaming the
/// entity leaves them in place.</summary>
/// <param name="Name">The name as created (IAM names are unique ignoring case).</param>
/// <param name="Id">The unique ID (AIDA..., AGPA..., AROA...).</param>
/// <param name="Record">The entity's own store item and the version read, so that writes about its policies commit
/// only while it still exists unchanged.</param>
public sealed record PolicyHolder(HolderKind Kind, string AccountId, string Name, string Id, string Path, string Arn, ItemKey Record, long RecordVersion)
{
    public StoreWrite StillExists => new StoreWrite.Check(Record, RecordVersion);

    /// <summary>How the kind appears in IAM's messages and ARNs: "user", "group", "role".</summary>
    public static string Noun(HolderKind kind) => kind.ToString().ToLowerInvariant();
}
