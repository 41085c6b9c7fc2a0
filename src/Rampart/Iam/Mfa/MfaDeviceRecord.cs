using Rampart.Iam.Common;

namespace Rampart.Iam.Mfa;

/// <summary>A virtual MFA device as stored: its seed encrypted under the master key, the user it is enabled for, and
/// the last time step whose code was accepted (each code works once), and its tags.</summary>
public sealed record MfaDeviceRecord(
    string AccountId,
    string SerialNumber,
    string SeedCiphertext,
    DateTimeOffset CreateDate,
    string? UserName,
    string? UserId,
    DateTimeOffset? EnableDate,
    long LastAcceptedStep,
    IReadOnlyList<IamTag>? Tags = null);
