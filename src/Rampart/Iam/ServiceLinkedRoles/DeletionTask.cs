namespace Rampart.Iam.ServiceLinkedRoles;

/// <summary>A service-linked role deletion as stored (collection "iam.slr-deletion-task", key = task ID).</summary>
/// <param name="Status">SUCCEEDED, or FAILED with <paramref name="Reason"/> when the role was still in use.</param>
public sealed record DeletionTask(string DeletionTaskId, string RoleName, string Status, string? Reason, IReadOnlyList<string> UsedBy);
