using System.Security.Cryptography;

namespace Rampart.Organizations.Common;

/// <summary>Identifiers as Organizations makes them: lower-case letters and digits after a prefix naming the kind.</summary>
public static class OrgIds
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>"o-" and 10 characters.</summary>
    public static string NewOrganizationId() => "o-" + Random(10);

    /// <summary>"r-" and 4 characters.</summary>
    public static string NewRootId() => "r-" + Random(4);

    /// <summary>"ou-", the characters of the root's ID, "-" and 8 characters.</summary>
    public static string NewUnitId(string rootId) => "ou-" + rootId["r-".Length..] + "-" + Random(8);

    public static string NewHandshakeId() => "h-" + Random(32);

    public static string NewCreateAccountRequestId() => "car-" + Random(32);

    public static string NewResourcePolicyId() => "rp-" + Random(8);

    public static string NewTransferId() => "rt-" + Random(16);

    public static bool IsAccountId(string id) => id.Length == 12 && id.All(char.IsAsciiDigit);

    public static bool IsRootId(string id) => id.StartsWith("r-", StringComparison.Ordinal);

    public static bool IsUnitId(string id) => id.StartsWith("ou-", StringComparison.Ordinal);

    public static bool IsPolicyId(string id) => id.StartsWith("p-", StringComparison.Ordinal);

    public static bool IsResourcePolicyId(string id) => id.StartsWith("rp-", StringComparison.Ordinal);

    public static bool IsTransferId(string id) => id.StartsWith("rt-", StringComparison.Ordinal);

    private static string Random(int length) => RandomNumberGenerator.GetString(Alphabet, length);
}
