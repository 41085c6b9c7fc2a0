using Rampart.Iam.Common;

namespace Rampart.Iam.UserCredentials;

/// <summary>The statuses of user credentials. "Expired" is reported for credentials past their expiry and cannot be set.</summary>
public static class CredentialStatus
{
    public const string Active = "Active";
    public const string Inactive = "Inactive";
    public const string Expired = "Expired";

    /// <summary>A status a caller may set: Active or Inactive.</summary>
    public static string Settable(string status) => status is Active or Inactive
        ? status
        : throw IamErrors.InvalidInput($"Status {status} cannot be set; use {Active} or {Inactive}.");
}
