namespace Rampart.Kms.Keys;

/// <summary>The key states this server gives keys, as KMS spells them.</summary>
public static class KeyState
{
    public const string Enabled = "Enabled";
    public const string Disabled = "Disabled";
    public const string PendingDeletion = "PendingDeletion";
    public const string PendingImport = "PendingImport";

    /// <summary>A multi-Region primary key scheduled for deletion while it still has replicas: its waiting period
    /// starts only when the last replica is gone.</summary>
    public const string PendingReplicaDeletion = "PendingReplicaDeletion";

    /// <summary>Whether the key is scheduled for deletion, waiting for its date or for its replicas.</summary>
    public static bool IsPendingDeletion(string state) => state is PendingDeletion or PendingReplicaDeletion;
}
