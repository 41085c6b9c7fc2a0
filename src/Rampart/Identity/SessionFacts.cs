namespace Rampart.Identity;

/// <summary>What temporary credentials record about how they were obtained.</summary>
/// <param name="MfaAuthenticatedAt">When MFA was used to obtain them, if it was.</param>
/// <param name="RoleArn">For role sessions, the role's ARN with its path (the session ARN drops the path).</param>
public sealed record SessionFacts(DateTimeOffset IssuedAt, DateTimeOffset? MfaAuthenticatedAt, string? RoleArn = null);
