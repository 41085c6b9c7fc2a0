namespace Rampart.Kms.Aliases;

/// <summary>An alias as stored: its name ("alias/..."), the key it points to, and when it was made and changed.</summary>
public sealed record AliasRecord(string AliasName, string TargetKeyId, DateTimeOffset CreationDate, DateTimeOffset LastUpdatedDate);
