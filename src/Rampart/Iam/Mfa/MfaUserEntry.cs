namespace Rampart.Iam.Mfa;

/// <summary>What the per-user index of enabled devices stores.</summary>
public sealed record MfaUserEntry(string SerialNumber);
