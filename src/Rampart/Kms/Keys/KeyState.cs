namespace Rampart.Kms.Keys;

/// <summary>The key states this server gives keys, as KMS spells them.</summary>
public static class KeyState
{
    public const string Enabled = "Enabled";
    public const string Disabled = "Disabled";
    public const string PendingDeletion = "PendingDeletion";
    public const string PendingImport = "PendingImport";
}
